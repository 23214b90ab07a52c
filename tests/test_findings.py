"""Same event first, then compare: invented two-outlet article pairs per beat
and aspect, look-alike events that must not be joined, and the gate on the
labelled findings benchmark (benchmarks/data/findings_*.jsonl)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from verifier.pipeline import compare_sources

from .conftest import article

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

PUBLISHED = "2025-03-10T12:00"  # a Monday


def findings(embedder, a: str, b: str, published: str | None = PUBLISHED, published_b: str | None = None):
    sources = [article(a, "a", published=published, outlet="Outlet A"),
               article(b, "b", published=published_b or published, outlet="Outlet B")]
    report = compare_sources(sources, embedder=embedder)
    return [f for f in report.findings if len({e.source for e in f.evidence}) == 2]


def kinds(found) -> set[tuple[str, str]]:
    return {(f.kind, f.aspect) for f in found}


CONTRADICTIONS = [
    ("number", "Senior guard Kyle Lowry scored 20 points against Boston on Sunday.",
     "Kyle Lowry scored 24 points against Boston on Sunday."),
    ("number", "Smith died 3 days after being shot outside his home.", "Smith died 5 days after the shooting outside his home."),
    ("number", "Smith was sentenced to 25 years after being convicted of murder.",
     "Smith was sentenced to 30 years in prison for murder."),
    ("number", "The ceasefire held for 3 days before fighting resumed.", "The ceasefire held 5 days before fighting resumed."),
    ("number", "Storm totals are expected to reach (10-14 inches) across the region.",
     "Storm totals are expected to reach 20 inches across the region."),
    ("number", "Stephen Curry, who was guarded by Jrue Holiday, scored 40 points on Sunday.", "Stephen Curry scored 38 points on Sunday."),
    ("number", "The regulator received 500 complaints about the advert on Tuesday.",
     "The regulator received 800 complaints about the advert on Tuesday."),
    ("number", "The car bomb exploded 200 yards from the embassy on Sunday.",
     "The car bomb exploded 500 yards from the embassy on Sunday."),
    ("number", "Josh Heytvelt added 15 points and 12 rebounds as Gonzaga beat Tennessee on Saturday.",
     "Josh Heytvelt added 19 points and 12 rebounds as Gonzaga beat Tennessee on Saturday."),
    ("number", "A magnitude 6.4 earthquake killed 45 people in northern Peru on Sunday, officials said.",
     "A magnitude 6.4 earthquake killed 62 people in northern Peru on Sunday, officials said."),
    ("date", "The warehouse fire in Leeds broke out on Tuesday, March 4, 2025, and destroyed the building.",
     "The warehouse fire in Leeds broke out on Thursday, February 27, 2025, and destroyed the building."),
    ("place", "Police arrested the bank robbery suspect John Carver in Denver on Friday.",
     "Police arrested the bank robbery suspect John Carver in Houston on Friday."),
    ("number", "The Senate passed the farm bill by 61 votes to 39 on Wednesday.",
     "The Senate passed the farm bill by 58 votes to 42 on Wednesday."),
    ("date", "Maria Lopez took office as mayor of Springfield on January 5, 2024.",
     "Maria Lopez took office as mayor of Springfield on February 9, 2024."),
    ("number", "Acme Corp agreed to buy the software maker Brightline for $2.4 billion in cash.",
     "Acme Corp agreed to buy the software maker Brightline for $3.1 billion in cash."),
    ("number", "Officials said at least 212 dead and 900 injured were counted after the cyclone hit Chittagong.",
     "Officials said 180 dead and 900 injured were counted after the cyclone hit Chittagong."),
    ("number", "The 5.8-magnitude earthquake shook the coastal city of Izmir on Friday, officials said.",
     "The 6.3-magnitude earthquake shook the coastal city of Izmir on Friday, officials said."),
    ("number", "The striker Kofi Mensah, 24, scored the winner for Accra Lions in the cup final.",
     "The striker Kofi Mensah, 27, scored the winner for Accra Lions in the cup final."),
    ("number", "The river was expected to crest at 31 feet, 6 feet above flood stage, on Thursday at Fargo.",
     "The river was expected to crest at 34 feet, 9 feet above flood stage, on Thursday at Fargo."),
    ("number", "Gunmen killed 12 people at a crowded market in Kabul on Sunday, police said.",
     "Attackers killed 15 people at a crowded market in Kabul on Sunday, police said."),
    ("number", "Police arrested 12 protesters outside parliament in Nairobi on Sunday.",
     "Officers arrested 15 protesters outside parliament in Nairobi on Sunday."),
    ("number", "The bus crash near Lyon on Sunday killed 12 people as the holiday season starts.",
     "The bus crash near Lyon on Sunday killed 15 people."),
    ("number", "Arsenal scored three goals against Chelsea at the Emirates on Sunday.",
     "Arsenal scored two goals against Chelsea at the Emirates on Sunday."),
    ("number", "Tickets for the concert at Wembley will cost $45 each, the promoter said.",
     "Tickets for the concert at Wembley cost $65 each, the promoter said."),
    ("number", "The Senate passed the revised farm bill by 61 votes to 39 on Wednesday.",
     "The Senate passed the revised farm bill by 52 votes to 48 on Wednesday."),
    ("number", "Updated figures released by the ministry in Rome on Monday show 1,200 people died in the heatwave.",
     "Figures released by the ministry in Rome on Monday show 1,500 people died in the heatwave."),
    ("number", "The storm cut power to 2,000 homes in the town of Ely on Sunday, the utility said.",
     "The storm cut power to 2,500 homes in the town of Ely on Sunday, the utility said."),
    ("number", "The Red River reached a height of 31 feet at Fargo on Thursday.",
     "The Red River crested at 34 feet at Fargo on Thursday."),
    ("number", "A bus plunged into a ravine in northern Peru on Monday, killing 23 people.",
     "A bus plunged into a ravine in northern Peru on Monday, killing 32 people."),
    # a doer noun spelled two ways is one unit ("protesters", "protestors"), as a measure is ("centimetres")
    ("number", "Police arrested 120 protesters outside parliament on Saturday after clashes over the pension bill.",
     "Police arrested 80 protestors outside parliament on Saturday after clashes over the pension bill."),
    ("number", "The storm dumped 30 centimetres of snow on Montreal on Tuesday, closing schools.",
     "The storm dumped 45 centimeters of snow on Montreal on Tuesday, closing schools."),
    ("number", "The US has sent 200 military advisers to Iraq, the Pentagon said on Tuesday.",
     "The Pentagon said on Tuesday it had sent 300 military advisors to Iraq."),
    # how long a fire has burned is no span its count is of; a string of setbacks is no series of events
    ("number", "The fire, which has burned for over three weeks, has destroyed 1,200 homes in Los Angeles County, officials said.",
     "The fire has destroyed 1,500 homes in Los Angeles County, officials said."),
    ("number", "Acme said on Tuesday it would cut 500 jobs, the latest in a string of setbacks for the carmaker.",
     "Acme will cut 800 jobs at its Sunderland factory, the company said."),
    ("date", "Mayor Jane Holt resigned on Wednesday amid a corruption inquiry.",
     "Holt stepped down as mayor on Friday, weeks into an inquiry into bribes."),
    # a figure told as the cause of something else ("will close ... after the council voted 8-3"): its own claim
    ("number", "The Ashford town council approved a $12.4 million budget by a 7-4 vote on Tuesday night.",
     "The town pool will close in August after the Ashford town council voted 8-3 on Tuesday to approve a $12.4 million budget."),
    ("number", "The Harlow Rovers striker was sent off after he was shown two yellow cards in 11 minutes on Saturday.",
     "Harlow Rovers will be without their striker for the derby because he was shown two yellow cards in 19 minutes "
     "on Saturday."),
    # the date of what was said, not of the saying ("told parliament on Tuesday that ... cracked on Sunday")
    ("date", "The water minister told parliament on Tuesday that the Kariba dam wall cracked on Sunday.",
     "The water minister told parliament on Tuesday that the Kariba dam wall cracked on Saturday."),
    # the date a clause gives against the one an unsplit sentence gives the same step
    ("date", "The chief executive quit on Friday after the board rejected his pay deal on Wednesday.",
     "The board rejected the chief executive's pay deal on Tuesday, and he quit on Friday."),
    # a race time: one figure to the second ("2:24:10"), not three counts
    ("number", "The women's race was won by Ethiopia's Meseret Alemu in 2:24:10, ahead of Kenya's Faith Kiptoo.",
     "In the women's race, Ethiopia's Meseret Alemu ran alone for most of the second half and won in 2:21:10."),
    # a given name that is also a place ("Georgia") is still the person's, and the arrest is one
    ("place", "Detectives arrested Kenya Walsh in Cardiff on Tuesday over the pension fraud.",
     "Detectives arrested Kenya Walsh in Swansea on Tuesday over the pension fraud."),
    # a recurring kind of event with one exact count at one place: one attack misdated, not two left apart
    ("date", "A Russian drone strike hit an apartment block in Odesa on Sunday, wounding 17 residents.",
     "A Russian drone strike hit an apartment block in Odesa on Saturday, wounding 17 residents."),
    # what was said dated two ways when neither dates the saying
    ("date", "The hiker was last seen on March 3, the park service said.",
     "The park service said the hiker was last seen on March 4."),
    # a refusal of the very verb the other affirms
    ("polarity", "The coach refused to resign on Friday after the cup defeat.",
     "The coach resigned on Friday after the cup defeat."),
    # a title written with a hyphen is a post, not part of the name
    ("role", "Deputy-Governor Ann Mbeki opened the new bridge in Durban on Monday.",
     "Governor Ann Mbeki opened the new bridge in Durban on Monday."),
    # one goal decided the match: one scorer ("a late winner from X" vs "Y heading the winner")
    ("person", "Benfica beat Porto 1-0 on Sunday with a late winner from Joao Mario.",
     "Benfica beat Porto 1-0 on Sunday, Rafa Silva heading the winner in the 88th minute."),
    # two places of one kind the gazetteer does not know ("Kofa district", "Gwale district") are two places
    ("place", "Rescuers pulled Amina Yusuf from the rubble in Kofa district on Tuesday.",
     "Rescuers pulled Amina Yusuf from the rubble in Gwale district on Tuesday."),
    # one sum in two currencies
    ("number", "Orsted will spend SEK 4.6 billion on the wind farm, it said on Tuesday.",
     "Orsted said on Tuesday it will spend 4.6 billion Danish crowns on the wind farm."),
]


@pytest.mark.parametrize("aspect,a,b", CONTRADICTIONS, ids=[f"{c[0]}-{n}" for n, c in enumerate(CONTRADICTIONS)])
def test_contradiction_of_one_event_is_found(embedder, aspect, a, b):
    assert ("contradiction", aspect) in kinds(findings(embedder, a, b))


COMPATIBLE = [
    ("about 500 vs 480", "About 500 people were evacuated from the flooded village of Arden on Sunday.",
     "Some 480 people were evacuated from the flooded village of Arden on Sunday."),
    ("more than 20 vs 23", "More than 20 miners were trapped after the collapse at the Kestrel mine on Sunday.",
     "Rescuers said 23 miners were trapped after the collapse at the Kestrel mine on Sunday."),
    ("two lower bounds", "At least 30 people were injured when the stadium stand collapsed in Lagos on Sunday.",
     "No fewer than 35 people were injured when the stadium stand collapsed in Lagos on Sunday."),
    ("a month and a day in it", "The new bridge over the Tyne opened in March 2025 after two years of work.",
     "The new bridge over the Tyne opened on March 3, 2025 after two years of work."),
    ("a city in its country", "Floods killed 14 people in Valencia on Sunday.",
     "Floods killed 14 people in Spain on Sunday."),
    ("future vs now", "The chief executive of Northwind will step down next week.",
     "The chief executive of Northwind has not stepped down."),
    ("a range and a figure in it", "Analysts expected earnings of 30 cents to 36 cents a share from Glenmore Foods.",
     "Analysts expected earnings of 33 cents a share from Glenmore Foods."),
    ("a figure and its conversion", "Damage to the Harbour Bridge was estimated at $US2 million ($3.1 million), officials said.",
     "Damage to the Harbour Bridge was estimated at $2 million, officials said."),
    ("two moments of a trading day", "Shares of Norsk Hydro rose 4 percent to $6.10 in early trading on Tuesday.",
     "Shares of Norsk Hydro rose 2 percent to $5.98 at the close on Tuesday."),
    ("two countries' figures", "Same-store sales at Tim Hortons in the United States rose 5.1 percent in the quarter.",
     "Same-store sales at Tim Hortons in Canada rose 3.2 percent in the quarter."),
    ("late one day, early the next", "The warehouse fire in Leeds broke out late Friday, firefighters said.",
     "The warehouse fire in Leeds broke out early Saturday, firefighters said."),
    ("figures of two spans of time", "After the trade in July, Ruiz hit .310 with 14 homers and 40 RBIs in 50 games with the Cubs.",
     "Playing in 150 games with the Cubs and Mets, Ruiz had 31 homers and 115 RBIs along with a .300 average."),
    ("a negation said two ways", "No injuries were reported after the blaze at the Valley Hotel in Palmer.",
     "There were no reports of injuries after the blaze at the Valley Hotel in Palmer."),
    ("about 20 vs 18", "About 20 people were injured when the bus overturned near Lyon on Sunday, police said.",
     "Eighteen people were injured when the bus overturned near Lyon on Sunday, police said."),
    ("around 12 vs eleven", "Around 12 people were hurt when the roof collapsed at the school in Derby on Friday.",
     "Eleven people were hurt when the roof collapsed at the school in Derby on Friday."),
    ("about 10 vs nine", "The gunman was outside the plant for about 10 minutes before he came back, police said.",
     "The gunman was outside the plant for nine minutes before he came back, police said."),
    ("a figure revised", "Officials first said 300 workers had been arrested at stores in 21 states on Thursday.",
     "Officials later revised the figure and said 250 workers had been arrested at stores in 21 states on Thursday."),
    ("one person named two ways", "LaCalamita was arrested Monday afternoon after a chase on Interstate 75, police said.",
     "Anthony LaCalamita III was arrested Monday afternoon after a chase on Interstate 75, police said."),
    ("a decision's day and the act's", "King said he decided on Saturday to fire coach Jim O'Brien after one season.",
     "The Sixers fired coach Jim O'Brien on Monday after one season."),
    ("a running total and one night's", "Since the shooting, over 50 arrests have been made over four nights of protests "
     "in Flatbush.", "On Wednesday night protesters in Flatbush threw bricks at officers, and there were 46 arrests."),
    # the committee's vote and the council's, told in one sentence by one outlet
    ("two votes of one plan", "The city council voted 9-4 on Tuesday to ban e-scooters after the transport committee "
     "voted 5-2 to approve the plan.", "The transport committee voted 5-2 on Tuesday to approve the e-scooter ban."),
    ("a runner's halfway split and finish", "Chebet won the Boston marathon in 2:19:55.",
     "Chebet passed halfway in 1:10:02 on her way to victory in the Boston marathon."),
    ("two runners' times", "Ethiopia's Meseret Alemu won the women's race in 2:24:10 on Sunday.",
     "Kenya's Faith Kiptoo finished second in the women's race in 2:24:48 on Sunday."),
    ("a day among the other's two", "Before the fire broke out on Sunday, residents of Elm Street reported a smell of gas.",
     "Residents of Elm Street reported a smell of gas on Saturday, and the fire broke out on Sunday."),
    # a list's remainder is added only to an item of its kind, with bounds that agree
    ("an age before the remainder", "Police said Smith, 45, and two other men were arrested in Leeds on Sunday.",
     "Police said three men were arrested in Leeds on Sunday."),
    ("a remainder after an item of another kind", "Navy commandos seized 13 loaded magazines and three other assault "
     "rifles from the pirates on Friday.", "Navy commandos seized nine assault rifles from the pirates on Friday."),
    ("a remainder whose bounds pull apart", "The confiscated arms included at least seven AK-47s, up to three other "
     "assault rifles and a grenade launcher.", "Eight assault rifles and a grenade launcher were among the confiscated arms."),
]


@pytest.mark.parametrize("why,a,b", COMPATIBLE, ids=[c[0] for c in COMPATIBLE])
def test_compatible_values_are_no_contradiction(embedder, why, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


LOOK_ALIKES = [
    # a clause two events share ("after the river burst its banks") does not join them
    ("two towns evacuated after a river burst its banks", "Residents in Hull were evacuated on Sunday after the river "
     "Hull burst its banks.", "Residents in York were evacuated on Sunday after the river Ouse burst its banks."),
    ("one time told of two runners", "Bekele finished third in 2:05:10, and Lemma won in 2:03:36.",
     "Lemma was third in 2:05:10 a year ago."),
    ("two attacks in two cities on one day", "A suicide bomber killed 12 people at a crowded market in Kirkuk on Sunday.",
     "A car bomb killed 7 people outside a mosque in Mosul on Sunday."),
    ("the same player in two matches", "Lionel Messi scored twice as Inter Miami beat Toronto 3-1 on Saturday.",
     "Lionel Messi scored once as Inter Miami drew 2-2 with Orlando on Wednesday."),
    ("two visits to one city", "The Chinese foreign minister visited Nairobi on March 3, 2025 for talks on trade.",
     "The Chinese foreign minister visited Nairobi on June 10, 2024 for talks on trade."),
    ("shares of two companies", "Shares of Harbor Freight Inc closed at $21.40, up 3.1 percent, on the New York Stock Exchange.",
     "Shares of Summit Brewing Co closed at $44.20, up 4.6 percent, on the New York Stock Exchange."),
    ("two bidders' offers", "The Baltimore Orioles offered Mark Teixeira a seven-year deal worth $140 million on Friday.",
     "The Los Angeles Angels offered Mark Teixeira an eight-year deal worth $160 million on Friday."),
    ("two quarterbacks' playoff seeds", "The Colts took the five seed in the AFC playoffs with a 20-13 win over the Kansas "
     "City Chiefs on another Andrew Luck game-winning drive.", "Tom Brady completed 29-of-34 passes for 364 yards as the "
     "Patriots locked up the No. 5 seed in the AFC playoffs."),
    ("two captains sacked", "India captain MS Dhoni was sacked on Monday after the defeat in Sydney.",
     "India captain Virat Kohli was sacked on Monday after the defeat in Sydney."),
    ("two quarterbacks, surnames alike", "The Colts took the five seed in the AFC playoffs with a 20-13 win over the Kansas "
     "City Chiefs on another Andrew Harris game-winning drive.", "Tom Harrison completed 29-of-34 passes for 364 yards as "
     "the Patriots locked up the No. 5 seed in the AFC playoffs."),
    ("two ships' captures", "An Indian warship, INS Mysore deployed in the Gulf of Aden attacked two boats of pirates "
     "after receiving signals from a ship.", "Indian Naval ship, INS Sukanya, thwarted a piracy attack in the Gulf of Aden and "
     "captured three boats of the pirates."),
    ("as many people in two places", "Around 60 people spent the evening at a local day care centre after being evacuated "
     "from their homes near the supermarket.", "At a drug store on Church Avenue, which had about 60 people inside at the "
     "time, at least one rioter attacked a worker."),
    ("one count of two players", "McDermott scored 10 of the team's first 17 points, displaying a mix of three-point touch "
     "and the ability to finish.", "Oliver McNally had 17 points, including a 10-for-11 mark from the foul line, for the Crimson."),
    ("as many games of two players", "But he missed 10 total games this season and had only 269 yards on 83 carries.",
     "Corey Raji posted 16 points for the Eagles, who had won 10 consecutive games."),
    ("two players' figures, neither named", "He finished with 269 yards rushing and two touchdowns in the loss.",
     "He ran for 105 yards and two touchdowns in the loss."),
    ("two players' lines in one game", "Wesley Matthews posted a game-high 23 points with a team-best six rebounds.",
     "McDermott led all players with 23 points while also grabbing seven rebounds."),
    ("a side's points and a player's in two games", "The Colts, trailing 14-0 at the start of the second quarter, scored 17 "
     "unanswered points in the fourth quarter.", "Tyler Smith added 17 points for the Vols before appearing to suffer a "
     "knee injury late in overtime."),
    ("a lead and a running record", "In the end, the Colts held on to their 20-13 lead over the Chiefs.",
     "The Colts (11-4) held on in the end to beat the Jaguars in Jacksonville."),
    ("a step dated by days and a sentence of days", "Police arrested the driver three days after the crash on Route 9.",
     "The driver was jailed for 30 days after the crash on Route 9."),
    ("a step dated by weeks and a suspension of weeks", "The minister resigned two weeks after the scandal broke.",
     "The minister was suspended for six weeks over the scandal."),
    ("a run of passes and the whole game's", "Manning completed his first 17 passes in leading the Colts to their "
     "eighth consecutive victory.", "Manning completed 29 of 34 passes for 364 yards in the Colts' victory over the Jaguars."),
    ("a game's yards and a span's", "In the Saints' victory over the Falcons on Sunday, Thomas rushed for 63 yards.",
     "Since Week 11, Thomas has rushed for 498 yards and caught passes for 176 yards."),
    ("two kickers' field goals", "Ryan Succop hit a 47-yard field goal moments later to tie the game.",
     "Adam Vinatieri's 45-yard field goal tied the game moments later."),
    ("two shooting lines", "The guard went just 1-for-8 from the floor and had seven turnovers in the loss.",
     "The guard went 3-for-4 from the floor and had seven assists in the win."),
    ("two fires in two cities on two days", "A blaze destroyed a furniture warehouse in Leeds on Tuesday.",
     "Fire gutted a supermarket depot in Bradford on Sunday as crews fought the flames for hours."),
    ("one player's two matches", "Striker Tom Vale scored twice as Rovers beat City 2-0 on Saturday.",
     "Tom Vale scored both goals when Rovers defeated Town on Wednesday."),
    ("one capture of a series and another", "The Indian navy said it arrested 23 pirates who threatened a merchant vessel "
     "in the Gulf of Aden on Saturday, the latest in a series of recent clashes with Somali pirates.", "INS Sukanya "
     "intercepted three boats in the Gulf of Aden and nabbed 26 Somali pirates with six AK 47 rifles and 12 magazines."),
    # a kind of event that happens to a person more than once, on two days: the dates are not left aside
    ("one player's two injuries", "Bukayo Saka limped off with a hamstring injury on Saturday against Brighton.",
     "Bukayo Saka was injured in Arsenal's win over Fulham on Wednesday and faces weeks out."),
    ("one man heckled twice", "Elon Musk was booed at a Tesla showroom opening in Berlin on Tuesday.",
     "Elon Musk was heckled by protesters at a Tesla event in Berlin on Friday."),
    ("one mayor questioned twice", "Mayor Jane Holt was questioned by police on Wednesday over the awarding of a parking "
     "contract.", "Jane Holt was questioned by anti-corruption investigators on Friday over bribes paid for city contracts."),
    ("two people shot", "Gray, 16, was shot eleven times after police said he pulled out a gun.",
     "Linebacker Steve Foley was shot three times by an off-duty police officer who followed him home."),
    ("two quakes in one country, months apart", "A powerful quake with a magnitude of 6.1 struck southern Iran in September "
     "near the port city of Bandar Abbas, killing at least seven people.", "A 6.4-magnitude quake hit the town of Zarand in "
     "Iran's Kerman province in February, killing hundreds of people."),
]


@pytest.mark.parametrize("why,a,b", LOOK_ALIKES, ids=[c[0] for c in LOOK_ALIKES])
def test_look_alike_events_are_not_joined(embedder, why, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind in {"contradiction", "agreement"}]


def test_same_fact_from_two_outlets_is_an_agreement(embedder):
    found = findings(embedder, "A magnitude 6.4 earthquake killed 45 people in northern Peru on Sunday.",
                     "The 6.4-magnitude quake that struck northern Peru on Sunday killed 45 people, officials said.")
    assert ("agreement" in {f.kind for f in found}) and not [f for f in found if f.kind == "contradiction"]


@pytest.mark.parametrize("a,b", [
    ("Garrard, who completed 28 passes for 329 yards, ran for two yards to give Jacksonville a 14-0 lead.",
     "Garrard completed 28 of 41 passes for 329 yards and a touchdown."),
    ("Hansbrough needed just nine points in the game to eclipse Phil Ford for the top spot.",
     "Hansbrough needed 9 points coming in and set the record with a bank shot over two defenders."),
    ("They named the man charged as Noureddinne Mouleff, a 36-year-old of North African origin who was arrested in the "
     "southern coastal town of Eastbourne last week.", "Last week, Nur al-Din Muliff, a 36-year-old of North African origin, "
     "was arrested in the southern coastal town of Eastbourne."),
    ("About 300 workers walked out of the car plant over pay.", "Some 300 workers at the car plant went on strike over wages."),
    ("The warehouse fire in Leeds killed 45 people, police spokesman John Smith was quoted as saying.",
     "The warehouse fire in Leeds killed 45 people, police spokesman Tom Brown was quoted as saying."),
], ids=["a player's figures alike", "one player's count alike", "one name transliterated two ways", "a count of workers alike",
        "two spokesmen quoted"])
def test_one_fact_stated_alike_is_an_agreement(embedder, a, b):
    assert "agreement" in {f.kind for f in findings(embedder, a, b)}


def test_one_speaker_on_two_occasions_is_no_agreement(embedder):
    found = findings(embedder, "Prime Minister Ann Keller said on Monday that the budget would protect hospitals.",
                     "Prime Minister Ann Keller said in a speech in Leeds last month that taxes would not rise.")
    assert not [f for f in found if f.kind == "agreement"]


def test_contradiction_confidence_is_same_event_times_certainty(embedder):
    a, b = CONTRADICTIONS[0][1:]
    found = [f for f in findings(embedder, a, b) if f.kind == "contradiction"]
    assert found and all(0 < f.confidence <= 1 for f in found)


# ------------------------------------------------------------------ the gate

GATE_EVERY = 1  # every labelled pair (about 50 s): a third let one pair traded for another in the rest move the floor


def test_findings_benchmark_keeps_its_floor(embedder):
    import findings as bench

    rows = bench.load()
    subset = []
    for label in ("contradiction", "compatible", "same_fact", "different_event"):
        subset += [r for r in rows if r["label"] == label][::GATE_EVERY]
    figures = bench.figures(subset, bench.predict(subset, embedder))
    floor = json.loads((ROOT / "benchmarks" / "data" / "findings_floor.json").read_text())
    for name, least in floor["at_least"].items():
        assert figures[name] is not None and figures[name] >= least, (name, figures[name], least)
    for name, most in floor["at_most"].items():
        assert figures[name] is not None and figures[name] <= most, (name, figures[name], most)


def test_articles_differing_on_every_count_they_share_are_two_occasions(embedder):
    """Two captures of pirates: the articles differ on pirates, rifles and boats and state no
    count alike, so none of those figures is a contradiction; when the rest of the
    articles agree (12 rifles, two boats), the one count that differs is."""
    a = "The Indian navy captured 23 pirates in the Gulf of Aden on Saturday. The navy seized 12 rifles and two boats from the pirates."
    other = ("The Indian navy captured 26 pirates in the Gulf of Aden on Saturday. "
             "The navy seized seven rifles and three boats from the pirates.")
    same = "The Indian navy captured 26 pirates in the Gulf of Aden on Saturday. The navy seized 12 rifles and two boats from the pirates."
    assert not [f for f in findings(embedder, a, other) if f.kind == "contradiction"]
    assert [f for f in findings(embedder, a, other) if f.kind == "uncertain" and f.aspect == "number"]
    assert kinds(findings(embedder, a, same)) >= {("contradiction", "number"), ("agreement", "other")}


def test_a_doubtful_figure_is_reported_only_between_counterparts(embedder):
    """A claim of one outlet that has a closer claim in the other is not set against a third: "13 points at the half"
    is no doubtful rival of "finished with 23 points" when the other outlet's one claim is that same final line."""
    a = ("Doug McDermott finished with 23 points as Creighton beat Bradley 70-60 on Friday. "
         "McDermott had 13 points at the half, his coach said.")
    b = "Doug McDermott finished with 23 points as Creighton beat Bradley 70-60 on Friday."
    assert not [f for f in findings(embedder, a, b) if f.kind in {"uncertain", "contradiction"}]


def test_a_doubtful_figure_in_a_side_claim_is_still_reported_when_nothing_states_it_alike(embedder):
    """The counterparts rule drops a doubtful figure only when the other source's closer claim states it alike:
    "2.5 million homes" in a second sentence still meets "1.8 million homes" in the other outlet's one sentence."""
    a = "Hurricane Ian hit Florida on Wednesday. It left 2.5 million homes without power, the utility said."
    b = "Hurricane Ian hit Florida on Wednesday, leaving 1.8 million homes without power and killing 4 people."
    assert {"uncertain", "contradiction"} & {f.kind for f in findings(embedder, a, b) if f.aspect == "number"}


def test_two_steps_of_one_legal_case_are_two_events(embedder):
    """An arrest on Friday and a charge on Monday are two steps of one case, not one event dated two ways:
    no date contradiction and no agreement; two reports of the arrest itself on two days still contradict."""
    arrest = "Daniel Reyes was arrested on Friday in Tulsa over the killing of a shop owner."
    charge = "Daniel Reyes was charged on Monday with killing a shop owner in Tulsa."
    other_day = "Daniel Reyes was arrested on Saturday in Tulsa over the killing of a shop owner."
    assert not [f for f in findings(embedder, arrest, charge, "2023-04-10T12:00", "2023-04-12T12:00")
                if f.kind in {"contradiction", "agreement"}]
    assert ("contradiction", "date") in kinds(findings(embedder, arrest, other_day, "2023-04-10T12:00"))
    # the charge named in passing is no report of the charging
    on_a_charge = "Daniel Reyes was arrested on Friday in Tulsa on a murder charge."
    assert not [f for f in findings(embedder, on_a_charge, charge, "2023-04-10T12:00", "2023-04-12T12:00")
                if f.kind == "contradiction"]
    # a person's age is the person's, whatever the step
    aged = findings(embedder, "Daniel Reyes, 24, was arrested on Friday in Tulsa over the killing of a shop owner.",
                    "Daniel Reyes, 42, was charged on Monday with killing a shop owner in Tulsa.", "2023-04-10T12:00", "2023-04-12T12:00")
    assert ("contradiction", "number") in kinds(aged)


def test_an_age_given_years_later_is_the_same_person_older(embedder):
    """"Kofi Mensah, 24," in May 2021 and "Kofi Mensah, 26," in March 2023 is one man, older: no contradiction.
    Two outlets giving 24 and 26 on the same day still contradict."""
    young = "The striker Kofi Mensah, 24, scored the winner for Accra Lions in the cup final."
    older = "Kofi Mensah, 26, scored twice for Accra Lions in the league."
    assert not [f for f in findings(embedder, young, older, "2021-05-02T12:00", "2023-03-12T12:00") if f.kind == "contradiction"]
    assert ("contradiction", "number") in kinds(findings(embedder, young, older, "2021-05-02T12:00"))
    # the dead do not age: a victim's age is the age at the death, however late the article
    victim = findings(embedder, "Maria Santos, 19, was stabbed to death in Leeds in June 2019.",
                      "Maria Santos, 21, was stabbed to death in Leeds in June 2019, the court heard.",
                      "2019-06-20T12:00", "2022-03-01T12:00")
    assert ("contradiction", "number") in kinds(victim)


def test_undated_figures_of_articles_months_apart_are_for_a_person_to_judge(embedder):
    """A claim that gives no date tells of its article's time: "won 12 seats" in May 2019 and "won 9 seats" in
    June 2024 may be two elections, so no contradiction (uncertain at most); the same two on one day contradict."""
    a = "The Green Party won 12 seats in the regional election, party officials said."
    b = "The Green Party won 9 seats in the regional election, party officials said."
    apart = findings(embedder, a, b, "2019-05-27T12:00", "2024-06-10T12:00")
    assert not [f for f in apart if f.kind == "contradiction"] and ("uncertain", "number") in kinds(apart)
    assert ("contradiction", "number") in kinds(findings(embedder, a, b, "2019-05-27T12:00"))
    # a toll a month apart may have risen, even of one quake both articles date alike
    toll = findings(embedder, "The earthquake struck southern Turkey on February 6. It killed 5,894 people.",
                    "The earthquake struck southern Turkey on February 6. It killed 50,096 people.",
                    "2023-02-07T12:00", "2023-03-20T12:00")
    assert not [f for f in toll if f.kind == "contradiction"]


@pytest.mark.parametrize("a,b", [
    ("The gunmen fled in a white van towards the motorway, witnesses said.",
     "The gunmen escaped in a white van toward the motorway, witnesses said."),
    ("The acquisition is expected to close in the second half of the year.",
     "The acquisition is expected to close by the end of the year."),
], ids=["a getaway told alike", "a deal's closing told alike"])
def test_a_sentence_true_of_many_occasions_is_no_agreement_across_months(embedder, a, b):
    """No date, nobody named, no figure: told alike two days apart it is one fact two outlets agree on; in
    articles two years apart it may be two robberies or two deals."""
    assert "agreement" in {f.kind for f in findings(embedder, a, b, "2019-03-01T12:00", "2019-03-02T12:00")}
    assert "agreement" not in {f.kind for f in findings(embedder, a, b, "2019-03-01T12:00", "2021-07-10T12:00")}


@pytest.mark.parametrize("a,b", [
    ("A .38-caliber revolver believed to be the murder weapon was recovered from the car.",
     "A .38-caliber revolver was recovered from the car."),
    ("Seven people were killed when the bridge collapsed in Genoa.", "Seven people died when the bridge collapsed in Genoa."),
    ("Hale was sentenced to life in prison for the killing.", "John Hale was sentenced to life in prison for the killing."),
], ids=["a figure in digits", "a count in words", "a surname and the full name"])
def test_a_follow_up_restating_a_named_or_counted_fact_still_agrees(embedder, a, b):
    """Months apart, an agreement still stands when the claims name a figure, a person or a town alike."""
    assert "agreement" in {f.kind for f in findings(embedder, a, b, "2019-03-01T12:00", "2021-07-10T12:00")}


@pytest.mark.parametrize("a,b", [
    ("The parliament approved the budget by 312 votes to 250 on Tuesday.",
     "The parliament rejected the budget by 312 votes to 250 on Tuesday."),
    ("The jury convicted Daniel Reyes of murder on Friday.", "The jury acquitted Daniel Reyes of murder on Friday."),
    ("Shares of Harbor Freight rose 3 percent on Tuesday after the results.",
     "Shares of Harbor Freight fell 3 percent on Tuesday after the results."),
], ids=["a vote's outcome", "a verdict", "a share price's move"])
def test_opposite_outcomes_of_one_event_contradict(embedder, a, b):
    """One event told with opposite verbs is a polarity contradiction, never an agreement on its date."""
    found = findings(embedder, a, b)
    assert ("contradiction", "polarity") in kinds(found) and "agreement" not in {f.kind for f in found}


@pytest.mark.parametrize("a,b", [
    ("Liverpool won the League Cup final against Chelsea on Sunday.", "Chelsea lost the League Cup final against Liverpool on Sunday."),
    ("Arsenal hosted Spurs at the Emirates. They won 3-1 on Sunday.", "Spurs travelled to Arsenal at the Emirates. They lost 3-1 on Sunday."),
    ("A jury in Manchester convicted John Hale of manslaughter on Friday.", "A jury in Manchester acquitted John Hale of murder on Friday."),
    ("Mark Jones, the driver, appeared in court. He admitted a charge of dangerous driving on Monday.",
     "Paul Brown, the passenger, appeared in court. He denied a charge of dangerous driving on Monday."),
], ids=["both sides of one match", "both sides as pronouns", "a split verdict", "two defendants as pronouns"])
def test_opposite_verbs_that_can_both_be_true_do_not_contradict(embedder, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


def test_whose_offer_a_report_tells_is_read_through_the_report(embedder):
    """"ESPN is reporting that the Nationals have offered ...": the offer is the Nationals', not ESPN's, and another
    team's offer is another offer, its figures no dispute (the frame was the report's, with no doer of its own)."""
    found = findings(embedder, "ESPN is reporting that the Nationals have offered Mark Teixeira an eight-year, $160 million "
                     "contract.", "The Red Sox offered Mark Teixeira an eight-year, $200 million deal.")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain", "agreement"}]


def test_a_team_after_an_opening_the_is_a_named_doer():
    """"The Nationals offered him ...": the capital after an opening "The" is the name's own, so a player's signing
    and a team's offer are two doers' deals; a headline's capitals are not."""
    import importlib

    from verifier.claims import extract
    from verifier.entities import resolve
    from verifier.sources import analyse

    compare = importlib.import_module("verifier.compare")
    a = extract(analyse("a", "a.txt", "On Friday, outfielder Raul Ibanez signed a three-year, $31.5 million contract with "
                                      "the Philadelphia Phillies.\n"))[0]
    b = extract(analyse("b", "b.txt", "The Nationals offered him a seven-year deal worth $140 million.\n"))[0]
    assert compare._two_doers(a, b, resolve([a, b]))
    assert compare._proper_name("Nationals", "The ", "The Nationals offered him a seven-year deal worth $140 million.")
    assert not compare._proper_name("Gunmen", "The ", "The Gunmen Struck The Market At Dawn")


def test_one_voice_on_two_things_is_no_polarity_contradiction(embedder):
    """One official's two statements, one negated: "the first call came at 3:33" and "you can not call it arson yet"
    deny nothing of each other, however alike their attributions make the sentences."""
    found = findings(embedder, "The first 911 call came at 3:33 a.m. from someone at the Valley Hotel, public safety "
                     "director Jon Owen said this morning.", '"You can not call it arson yet," public safety director Jon '
                     "Owen said, but the fact that the 86-year-old building had no gas connection makes the fire highly "
                     "suspicious.")
    assert not [f for f in found if f.aspect == "polarity" and f.kind in {"contradiction", "uncertain"}]


def test_a_lists_remainder_is_counted_with_the_item_before_it(embedder):
    """"seven AK-47s, three other assault rifles" are ten assault rifles: against "Nine" a contradiction shown as the
    list says it, and against "Ten" none (three is no count of all the rifles)."""
    listed = "The confiscated arms included seven AK-47s, three other assault rifles, 13 loaded magazines and a grenade launcher."
    found = findings(embedder, "Nine assault rifles, a grenade launcher and 13 fully loaded magazines were seized from the "
                     "pirates, the Navy spokesman said.", listed)
    assert [f.evidence[1].value for f in found if f.kind == "contradiction"] == ["seven AK-47s, three other assault rifles"]
    found = findings(embedder, "Ten assault rifles, a grenade launcher and 13 fully loaded magazines were seized from the "
                     "pirates, the Navy spokesman said.", listed)
    assert not [f for f in found if f.kind == "contradiction"]


def test_what_was_taken_against_all_there_were_is_for_a_person_to_judge(embedder):
    """"captured three boats" of "a five-boat attack" may be some of them: uncertain, not a contradiction; two
    counts of the arrested, one active and one passive, still contradict."""
    found = findings(embedder, "Indian Naval ship INS Sukanya thwarted a piracy attack in the Gulf of Aden on Friday and "
                     "captured three boats of the pirates.", "An Indian warship foiled a five-boat pirate attack on merchant "
                     "vessels in the Gulf of Aden on Friday.")
    assert not [f for f in found if f.kind == "contradiction"]
    assert kinds(findings(embedder, "Police arrested 12 protesters outside parliament in Nairobi on Sunday.",
                          "Police said 14 protesters were arrested outside parliament in Nairobi on Sunday.")) \
        >= {("contradiction", "number")}


def test_a_figure_of_someone_elses_deal_is_not_compared(embedder):
    """"dwarfing the four-year, $90 million deal that Torii Hunter got": Hunter's deal, a yardstick, not the offer
    the other outlet reports; no finding on its figures at all."""
    found = findings(embedder, "If accepted, the offer would be the largest contract in Angels history, dwarfing the "
                     "four-year, $90 million deal that Torii Hunter got last summer.",
                     "The Angels offer is believed to be for eight years and around $160 million.")
    assert not [f for f in found if f.aspect == "number"]


@pytest.mark.parametrize("aspect,a,b", [
    ("number", "The ruling party captured 54 percent of the vote in Sunday's parliamentary election.",
     "The ruling party won 48 percent of the vote in Sunday's parliamentary election."),
    ("number", "Messi nabbed two goals as Barcelona beat Sevilla on Sunday.", "Messi scored three goals as Barcelona beat "
     "Sevilla on Sunday."),
    ("number", "Police seized 40 kilograms of cocaine and 12 handguns in the raid in Leeds on Sunday.",
     "Police seized 15 handguns in the raid in Leeds on Sunday."),
    ("number", "Jayson Tatum scored 30 points on Sunday in a game that Boston won easily.",
     "Jayson Tatum scored 25 points on Sunday as the Celtics beat the Knicks."),
    ("number", "Police arrested 12 people in Leeds on Sunday in a raid that Scotland Yard made with local officers.",
     "Police arrested 15 people in Leeds on Sunday."),
    ("polarity", "The plant will not close, Mayor John Smith said on Monday.",
     "The plant is going to close, Mayor John Smith said on Monday."),
    ("polarity", "Mayor John Smith said on Monday that the bridge is not safe.",
     "Mayor John Smith said on Monday that the bridge remains safe."),
], ids=["a share captured", "goals nabbed", "a list of what was seized", "a clause on the game", "a clause on the raid",
        "going to close", "not safe and remains safe"])
def test_words_of_taking_or_relative_clauses_leave_true_contradictions_alone(embedder, aspect, a, b):
    """An independent review's cases: the rules for what was taken, someone else's figure and two things said must
    not reach a share of the vote, goals, a later item of a list of what was seized, a clause about another noun,
    or one statement said with another verb around it."""
    assert ("contradiction", aspect) in kinds(findings(embedder, a, b))


def test_opposite_moves_are_no_agreement(embedder):
    """"Rose against the dollar" and "fell against the yen" on one day: both may be true, but no fact in common."""
    found = findings(embedder, "The euro rose against the dollar on Tuesday.", "The euro fell against the yen on Tuesday.")
    assert not [f for f in found if f.kind in {"agreement", "contradiction"}]



@pytest.mark.parametrize("a,b", [
    ("Marta Silva scored the only goal as Benfica beat Porto 1-0 on Sunday.",
     "Maria Lopez scored the only goal as Benfica beat Porto 1-0 on Sunday."),
    ("Kelly Ortberg won the Boston Marathon on Monday.", "Jane Okafor won the Boston Marathon on Monday."),
    ("Bukayo Saka scored the winner as Arsenal beat Chelsea 2-1 on Sunday.",
     "Kai Havertz scored the winning goal as Arsenal beat Chelsea 2-1 on Sunday."),
    ("Voters elected Maria Costa as mayor of Lisbon on Sunday.", "Voters elected Joana Reis as mayor of Lisbon on Sunday."),
], ids=["the only goal", "one race", "the winner said two ways", "one mayor"])
def test_two_names_for_what_only_one_can_have_done_contradict(embedder, a, b):
    assert ("contradiction", "person") in kinds(findings(embedder, a, b))


@pytest.mark.parametrize("a,b", [
    ("Daniel Reyes was arrested in Tulsa on Friday over the killing of a shop owner.",
     "Tom Brown was arrested in Tulsa on Friday over the killing of a shop owner."),
    ("Marta Silva scored a goal as Benfica beat Porto 3-0 on Sunday.",
     "Maria Lopez scored a goal as Benfica beat Porto 3-0 on Sunday."),
    ("Marta Silva scored the opener as Benfica beat Porto 2-1 on Sunday.",
     "Maria Lopez scored the winner as Benfica beat Porto 2-1 on Sunday."),
    ("Eliud Kipchoge won Kenya's only gold medal on Sunday.", "Geoffrey Kamworor won Kenya's only silver medal on Sunday."),
    ("Voters elected Maria Costa as mayor on Sunday.", "Voters elected Joao Silva as mayor on Sunday."),
], ids=["two suspects", "a goal each", "two goals of one match", "two medals", "mayors of two towns?"])
def test_two_names_for_what_two_people_may_have_done_are_for_a_person_to_judge(embedder, a, b):
    """Two suspects may both have been arrested, two players may each have scored: never a contradiction, and
    two people named for one arrest are still shown."""
    found = findings(embedder, a, b)
    assert not [f for f in found if f.kind in {"contradiction", "agreement"}]
    assert ("uncertain", "person") in kinds(found)


def test_the_place_all_that_differs_between_one_days_reports_is_for_a_person_to_judge(embedder):
    """Nobody named, the same words and day but the city: one arrest told two ways, or two gunmen? Shown."""
    found = findings(embedder, "Police arrested the gunman in Leeds on Saturday.",
                     "The suspected gunman was arrested in Bradford on Saturday, police said.")
    assert ("uncertain", "place") in kinds(found) and "agreement" not in {f.kind for f in found}
    two_bombs = findings(embedder, "A bomb exploded in Kabul on Monday, police said.", "A bomb exploded in Kandahar on Monday, police said.")
    assert not [f for f in two_bombs if f.aspect == "place"]  # "a bomb": nothing the story already knows


def test_two_places_of_undated_look_alikes_are_no_finding(embedder):
    """Two fires at one chain's supermarkets, no day said: two fires, not a place for a person to judge."""
    found = findings(embedder, "A large fire broke out at the Waitrose supermarket in Wellington town centre.",
                     "A fire broke out at the Waitrose supermarket in Banstead.")
    assert not [f for f in found if f.aspect == "place"]


def test_a_day_and_a_count_that_both_differ_are_two_occasions_more_likely(embedder):
    """"Pulled 3 survivors on Tuesday" vs "5 survivors on Wednesday": two days of one rescue, not a contradiction."""
    found = findings(embedder, "Rescuers pulled 3 survivors from the rubble on Tuesday.",
                     "Rescuers pulled 5 survivors from the rubble on Wednesday.", "2025-05-06T12:00", "2025-05-08T12:00")
    assert not [f for f in found if f.kind in {"contradiction", "agreement"}]
    assert kinds(found) >= {("uncertain", "date"), ("uncertain", "number")}
    # a one-off event that kills happens on one day: its day is compared whatever its toll
    crash = findings(embedder, "A magnitude 6.4 earthquake struck northern Peru on Sunday, killing 45 people.",
                     "A magnitude 6.4 earthquake struck northern Peru on Saturday, killing 62 people.")
    assert ("contradiction", "date") in kinds(crash)


def test_a_country_lies_in_its_continent_and_not_in_a_territory():
    from verifier.values import COMPATIBLE, DIFFERENT, UNKNOWN, place_relation

    assert place_relation("China", "Asia") == COMPATIBLE
    assert place_relation("China", "Europe") == DIFFERENT
    assert place_relation("Syria", "Middle East") == UNKNOWN  # a region of several countries: containment unknown
    assert place_relation("Russia", "Asia") == UNKNOWN  # on two continents
    assert place_relation("Israel", "Gaza") == DIFFERENT  # a territory is not any country it borders
    assert place_relation("Asia", "Europe") == DIFFERENT
    assert place_relation("France", "Germany") == DIFFERENT


def test_an_unnamed_age_is_no_count_of_two_occasions(embedder):
    """"A 17-year-old boy" vs "a 16-year-old boy" leaves the night of one stabbing a contradiction, and the
    differing age is shown as an age."""
    found = findings(embedder, "A 17-year-old boy has been charged with murder after a man was stabbed to death in Leeds "
                     "city centre on Friday night, police said.", "A 16-year-old boy has been charged with murder after a "
                     "man was stabbed to death in Leeds city centre on Saturday night, police said.")
    assert any(f.summary.startswith("Age of the boy") for f in found if f.aspect == "number")
    bare = findings(embedder, "A 17-year-old has been charged with murder after a man was stabbed in Leeds on Friday night.",
                    "A 16-year-old has been charged with murder after a man was stabbed in Leeds on Friday night.")
    assert any("17 years old" in f.summary for f in bare if f.aspect == "number")  # not "17 year"


def test_one_peak_told_two_ways_is_for_a_person_to_judge(embedder):
    """"Winds of up to 149 km/h" vs "up to 180 km/h": each bound allows the other's figure, but one storm has one
    top speed; never an agreement. Two limits ("under 20") are no peak."""
    found = findings(embedder, "Typhoon Kalmaegi made landfall in Gia Lai province on Thursday with winds of up to 149 km/h.",
                     "Typhoon Kalmaegi made landfall in Gia Lai province on Thursday with winds of up to 180 km/h.")
    assert ("uncertain", "number") in kinds(found) and "agreement" not in {f.kind for f in found}
    limits = findings(embedder, "Fewer than 20 people were hurt when the stand collapsed in Lagos on Sunday.",
                      "Fewer than 30 people were hurt when the stand collapsed in Lagos on Sunday.")
    assert not [f for f in limits if f.aspect == "number"]
    rates = findings(embedder, "Telemarketers who call listed numbers could face FCC fines of up to $120,000.",
                     "Telemarketers who call listed numbers could face fines of up to $11,000 per call.")
    assert not [f for f in rates if f.aspect == "number"]


@pytest.mark.parametrize("a,b", [
    ("Floods in Valencia have killed 62 people, officials said.", "Floods in Valencia have killed 158 people, officials said."),
    ("The earthquake that struck Herat on Saturday injured 90 people, officials said.",
     "The earthquake that struck Herat on Saturday injured 210 people, officials said."),
], ids=["a toll", "the injured of a dated quake"])
def test_a_toll_from_articles_of_two_days_is_for_a_person_to_judge(embedder, a, b):
    """Each article gives the count known when it was written: a later, higher toll is no contradiction; the same
    counts in articles of one day are (see the casualty counts above)."""
    later = findings(embedder, a, b, "2024-10-30T12:00", "2024-11-01T12:00")
    assert ("uncertain", "number") in kinds(later) and "contradiction" not in {f.kind for f in later}
    assert ("contradiction", "number") in kinds(findings(embedder, a, b, "2024-10-30T09:00", "2024-10-30T14:00"))
    assert ("contradiction", "number") in kinds(findings(embedder, b, a, "2024-10-30T12:00", "2024-11-01T12:00"))  # lower later


@pytest.mark.parametrize("a,b", [
    ("The 1988 Lockerbie bombing killed 270 people.", "The 1988 Lockerbie bombing killed 259 people."),
    ("The state approved a $2 billion toll road on Monday.", "The state approved a $3 billion toll road on Monday."),
], ids=["a toll long settled", "a toll road"])
def test_settled_figures_of_articles_a_day_apart_still_contradict(embedder, a, b):
    assert ("contradiction", "number") in kinds(findings(embedder, a, b, "2025-04-14T10:00", "2025-04-15T10:00"))


def test_one_player_s_figure_is_paired_with_that_player_s(embedder):
    """Two players' lines in one sentence: each figure is compared with the same player's in the other outlet, and
    the finding says whose it is, not the first figure of each."""
    found = findings(embedder, "Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs on Friday.",
                     "Seth VanDeest led Drake with 13 points, while Richard Carter added 12 points for the Bulldogs on Friday.")
    contradictions = [f for f in found if f.kind == "contradiction"]
    assert [f.summary.split(":")[0] for f in contradictions] == ["Number of points of Richard Carter"]
    assert "14" in contradictions[0].summary and "12" in contradictions[0].summary and "13" not in contradictions[0].summary
    found = findings(embedder, "Jamaal Charles rushed for 226 yards while Peyton Hillis added 101 on Sunday.",
                     "Peyton Hillis rushed for 101 yards on Sunday.")
    assert not [f for f in found if f.kind == "contradiction"]  # Charles's 226 is no figure of Hillis


@pytest.mark.parametrize("a,b", [
    ("Peyton Manning completed his first 17 passes against the Jaguars on Sunday.",
     "Peyton Manning completed 29 passes against the Jaguars on Sunday."),
    ("The Colts won their last 8 games, clinching a playoff berth.", "The Colts won 11 games, clinching a playoff berth."),
    ("Pierre Thomas rushed for 63 yards against the Falcons.",
     "Since Week 11, Pierre Thomas has rushed for 498 yards against the Falcons and others."),
    ("Jayson Tatum had 21 points and 10 rebounds in the game against Miami.",
     "Jayson Tatum finished with 21 points, 9 of them in the fourth quarter, against Miami."),
], ids=["a run of passes within the game's", "a run of games within the season's", "a game's yards and a span's",
        "a player's rebounds and a quarter's points"])
def test_a_run_or_a_span_within_a_whole_is_no_contradiction(embedder, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


def test_a_day_that_may_be_the_reports_is_not_judged_apart_from_the_dates(embedder):
    """The same-event probability without the dates is for two days each surely of the event; "it was reported
    Wednesday" may give the day of the report, and a death found then does not contradict one on Saturday."""
    found = findings(embedder, "Fred LaRue, a Nixon White House aide, was found dead in his room at a Biloxi motel, it was "
                     "reported Wednesday.", "Frederick C. LaRue, a top Nixon campaign official, died Saturday at a hotel in "
                     "Biloxi, Miss.", published=None)
    assert not [f for f in found if f.aspect == "date"]


def test_what_was_said_on_two_days_is_no_agreement_on_the_day_it_was_said(embedder):
    """One saying, two dates of what was said: a contradiction, never an agreement on the day of the saying."""
    found = findings(embedder, "The mayor told reporters on Monday that the Tyne road bridge reopened to traffic on Saturday.",
                     "The mayor told reporters on Monday that the Tyne road bridge reopened to traffic on Friday.")
    assert ("contradiction", "date") in kinds(found)
    assert not [f for f in found if f.kind == "agreement"]


def test_the_night_of_one_stabbing_told_after_a_charge(embedder):
    """The stabbing told in its own clause ("a man was stabbed ... on Friday night, police said") is a statement
    with no day of saying: its date is of what was said, and two such dates are compared, not two occasions."""
    found = findings(embedder, "A 17-year-old boy has been charged with murder after a man was stabbed to death in Leeds "
                     "city centre on Friday night, police said.", "A 16-year-old boy has been charged with murder after a "
                     "man was stabbed to death in Leeds city centre on Saturday night, police said.")
    assert ("contradiction", "date") in kinds(found)


@pytest.mark.parametrize("a,b", [
    ("Qantas will spend $4.2 billion on new jets, it said on Tuesday.", "Qantas said on Tuesday it will spend A$4.2 billion on new jets."),
    ("Equinor will invest NOK 14.2 billion in the field, it said on Monday.",
     "Equinor said on Monday it will invest 14.2 billion Norwegian crowns in the field."),
    ("Regulators fined Meituan ¥3.4 billion for anti-competitive practices.",
     "Regulators fined Meituan 3.4 billion yuan for anti-competitive practices."),
], ids=["a bare dollar sign may be the outlet's own", "a currency code and its name", "the yen sign is the yuan's too"])
def test_one_sum_in_one_currency_said_two_ways_is_no_contradiction(embedder, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


def test_each_article_dating_its_own_recent_news_days_apart_is_no_date_contradiction(embedder):
    """Two articles five days apart, each on a crash of the day before it: two crashes as likely as one misdated."""
    found = findings(embedder, "Three people were killed in a crash on the A1 near Grantham on Sunday. The collision "
                     "involved a coach and a car.", "Three people were killed in a crash on the A1 near Grantham on Friday. "
                     "The collision involved a tractor and a motorbike.", published="2025-03-03T09:00",
                     published_b="2025-03-08T09:00")
    assert not [f for f in found if f.kind == "contradiction"]


def test_an_agreement_shows_the_year_an_outlet_states_not_one_inferred(embedder):
    """"On August 4" in an article of August 5, 2025 is read as 2025; the other outlet says 2020."""
    found = findings(embedder, "The Beirut port explosion on August 4 killed more than 200 people.",
                     "The Beirut port explosion on August 4, 2020, killed more than 200 people.", published="2025-08-05T09:00")
    agreements = [f for f in found if f.kind == "agreement" and f.aspect == "date"]
    assert agreements and all("2020-08-04" in f.summary and "2025" not in f.summary for f in agreements)


def test_a_district_and_a_province_the_gazetteer_does_not_know_may_hold_one_another(embedder):
    found = findings(embedder, "Rescuers pulled Amina Yusuf from the rubble in Kofa district on Tuesday.",
                     "Rescuers pulled Amina Yusuf from the rubble in Kano province on Tuesday.")
    assert not [f for f in found if f.aspect == "place"]


def test_today_in_an_article_out_early_in_the_morning_may_be_the_wire_day_before(embedder):
    """A wire story republished overseas keeps its "today": against the day before, for a person to judge; the same
    words in an article out in the afternoon contradict."""
    a = "The ferry ran aground near the harbour entrance at about 9am today, the port authority said."
    b = "The ferry ran aground near the harbour entrance at about 9 a.m. Sunday, the port authority said."
    early = findings(embedder, a, b, published="2025-03-10T06:30", published_b="2025-03-09T18:00")
    assert ("uncertain", "date") in kinds(early) and ("contradiction", "date") not in kinds(early)
    later = findings(embedder, a, b, published="2025-03-10T15:30", published_b="2025-03-09T18:00")
    assert ("contradiction", "date") in kinds(later)


@pytest.mark.parametrize("a,b", [
    ("Three mortar shells hit the airport in Kismayo on Tuesday.", "Three mortar shells hit the airport in Kismayo on Wednesday."),
    ("EU finance ministers from all 27 member states met in Luxembourg on Monday to discuss the budget.",
     "EU finance ministers from all 27 member states met in Luxembourg on Tuesday to discuss the budget."),
    ("The first convoy of food aid reached Mekelle on Monday, the agency said.",
     "A second convoy of food aid reached Mekelle on Wednesday, the agency said."),
    ("The eastern runway reopened to flights on Tuesday, the airport operator said.",
     "The western runway reopened to flights on Wednesday, the airport operator said."),
    ("Porto beat Braga 2-1 on Sunday with a late winner from Pepe Silva.",
     "Porto beat Braga 2-1 on Sunday, a week after Rui Costa scored the winner at Benfica."),
    ("Napoli won 1-0 at home on Saturday with a late winner from Romelu Lukaku.",
     "Lazio won 1-0 at home on Saturday with a late winner from Mattia Zaccagni."),
    # "scored the winner" and "scored the opener" are two goals
    ("Joao Mario scored the winner as Benfica beat Porto 2-1 on Sunday.",
     "Rafa Silva scored the opener as Benfica beat Porto 2-1 on Sunday."),
], ids=["a small count of a recurring attack", "a body's size at a meeting", "a first and a second convoy",
        "two runways", "the winner of an earlier match", "two clubs' wins by one score on one day",
        "the winner and the opener"])
def test_look_alike_occasions_told_in_one_shape_are_no_contradiction(embedder, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


def test_two_donors_pledging_one_figure_in_two_currencies_are_two_sums(embedder):
    found = findings(embedder, "Canada pledged $300 million in flood aid for Pakistan on Monday.",
                     "The World Bank pledged €300 million in flood aid for Pakistan on Monday.")
    assert not [f for f in found if f.kind in {"contradiction", "agreement"}]


def test_one_village_spelled_two_ways_is_one_place(embedder):
    found = findings(embedder, "Soldiers demolished three homes in the village of Beit Ummar on Sunday.",
                     "Soldiers demolished three homes in the village of Beit Umar on Sunday.")
    assert "agreement" in {f.kind for f in found} and not [f for f in found if f.aspect == "place"]


@pytest.mark.parametrize("a,b", [
    ("Porto won 2-1 at Braga on Sunday. Takuma Oshiro headed an 88th-minute winner after Braga had levelled.",
     "Porto won 2-1 at Braga on Sunday. Ivan Petrov volleyed an 88th-minute winner after Braga had levelled."),
    ("Lyon beat Nantes 1-0 on Saturday after Rayan Cherki struck a stoppage-time winner.",
     "Lyon beat Nantes 1-0 on Saturday thanks to a stoppage-time winner from Alexandre Lacazette."),
], ids=["the winner in its own sentence, ledes of one match", "the winner in a clause of its own"])
def test_the_scorer_of_one_matchs_winner_named_two_ways_contradicts(embedder, a, b):
    found = findings(embedder, a, b)
    assert ("contradiction", "person") in kinds(found)


_LYON_BLAST = ("An explosion at the Hartwell Chemicals plant in Lyon killed workers on Tuesday, the French fire service "
               "said. Mayor Gregory Doucet visited the site near the Gerland docks with police chief Thierry Hegay. "
               "The company's director, Pierre Janvier, said the Feyzin unit had passed an inspection in May. "
               "The insurer Allianz said the blast ripped through the plant shortly after 9 a.m., killing 14 workers.")
_MUMBAI_BLAST = ("An explosion at the Sumitra Polymers factory in Mumbai killed workers on Tuesday, Indian officials said. "
                 "Chief Minister Eknath Shinde ordered an inquiry and district collector Ayush Oak visited Dahej. "
                 "The owner, Rakesh Mehta, said the Bharuch unit had been inspected by the Maharashtra Pollution Control "
                 "Board. The insurer Allianz said the blast ripped through the plant shortly after 9 a.m., killing 9 workers.")


def test_two_blasts_placed_apart_by_their_ledes_are_not_one_event(embedder):
    """Two articles whose ledes place an explosion in Lyon and in Mumbai, nobody named in both: one sentence told
    alike but for its toll is two blasts more likely than one misreported, so the toll is for a person to judge,
    and neither lede agrees with the other."""
    found = findings(embedder, _LYON_BLAST, _MUMBAI_BLAST, published="2025-03-11T18:00")
    assert not [f for f in found if f.kind in {"contradiction", "agreement"}]
    assert ("uncertain", "number") in kinds(found)


def test_one_blast_told_with_two_tolls_is_still_a_contradiction(embedder):
    """The same two tolls in two articles on one blast in Lyon (the same people named) contradict."""
    other = _LYON_BLAST.replace("Tuesday, the French fire service said", "Tuesday, officials said").replace("14 workers", "9 workers")
    found = findings(embedder, _LYON_BLAST, other, published="2025-03-11T18:00")
    assert ("contradiction", "number") in kinds(found)


_KHOY = ("A magnitude 5.9 earthquake struck near the city of Khoy in northwestern Iran on Saturday, killing three people "
         "and injuring more than 400, state news agency IRNA reported. Mohammad Sadegh Motamedian, the governor of West "
         "Azarbaijan province, said rescue teams from the Red Crescent had reached all the affected villages. Pir Hossein "
         "Kolivand, head of the emergency services, said 40 ambulances were sent from Tabriz and Urmia.")
_KHOI = ("An earthquake of magnitude 5.9 jolted Khoi in Iran on Saturday, killing two people, Iranian state television "
         "said. Local official Hossein Jafari told the Tasnim agency that several buildings collapsed in Qotur and "
         "Firuraq. President Ebrahim Raisi ordered ministers to help. The Interior Ministry spokesman, Ali Akbar "
         "Pourjamshidian, said temperatures below zero were hampering the relief effort.")


def test_two_outlets_on_one_quake_naming_their_own_officials_still_contradict(embedder):
    """Two outlets on one quake, each naming its own officials and agencies and spelling the town its own way, share
    almost no names: that is no sign of two quakes, and "killing three" vs "killing two" is a contradiction (a
    same-event probability lowered for articles sharing few names lost it, 2026-11-27)."""
    found = findings(embedder, _KHOY, _KHOI, published="2023-01-28T22:00")
    assert ("contradiction", "number") in kinds(found)


NONE_AGAINST_A_COUNT = [
    ("no one injured vs two injured", "A fire gutted a warehouse in Leeds on Monday night. No one was injured, the fire "
     "service said.", "A fire gutted a warehouse in Leeds on Monday night, injuring two firefighters, the fire service said."),
    ("no casualties vs three killed", "The quake struck off the coast of Java on Tuesday. There were no casualties, "
     "officials said.", "The quake struck off the coast of Java on Tuesday, killing three people, officials said."),
    ("nobody killed vs one killed", "The bus overturned on the A9 near Perth on Sunday; nobody was killed.",
     "The bus overturned on the A9 near Perth on Sunday, killing one passenger."),
]


@pytest.mark.parametrize("why,a,b", NONE_AGAINST_A_COUNT, ids=[c[0] for c in NONE_AGAINST_A_COUNT])
def test_a_toll_of_none_against_a_count_of_one_event_contradicts(embedder, why, a, b):
    found = findings(embedder, a, b)
    contradiction = [f for f in found if f.kind == "contradiction" and f.aspect == "number" and "none" in f.summary]
    assert contradiction
    # each side quotes the exact words, at their offsets
    texts = {"a": a, "b": b}
    for e in contradiction[0].evidence:
        assert texts[e.source][e.start:e.end] == e.quote


NONE_THAT_IS_NO_CONFLICT = [
    ("nothing known yet", "The bus overturned on the A9 near Perth on Sunday. There were no immediate reports of injuries.",
     "The bus overturned on the A9 near Perth on Sunday, injuring 12 passengers."),
    ("no dead, some hurt", "The bus overturned on the A9 near Perth on Sunday. No one was killed.",
     "The bus overturned on the A9 near Perth on Sunday, injuring 12 passengers."),
    ("no one else", "The bus overturned on the A9 near Perth on Sunday, injuring the driver. No one else was hurt.",
     "The bus overturned on the A9 near Perth on Sunday, injuring two people."),
    ("no serious injuries", "The bus overturned on the A9 near Perth on Sunday. There were no serious injuries.",
     "The bus overturned on the A9 near Perth on Sunday, injuring 12 passengers."),
    # two fires in two cities on one day (a reviewer's pair): no toll of one is the other's
    ("two hospitals", "A fire broke out at a children's hospital in Krakow on Monday. No one was injured.",
     "A fire broke out at a children's hospital in Bucharest on Monday, injuring four patients."),
    ("two bombs", "A car bomb exploded outside a police station in Mosul on Monday. No one was hurt.",
     "A roadside bomb exploded near a market in Kirkuk on Monday, killing six people."),
]


@pytest.mark.parametrize("why,a,b", NONE_THAT_IS_NO_CONFLICT, ids=[c[0] for c in NONE_THAT_IS_NO_CONFLICT])
def test_a_toll_of_none_that_leaves_room_for_the_count_is_no_contradiction(embedder, why, a, b):
    assert not [f for f in findings(embedder, a, b) if f.kind in {"contradiction", "uncertain"} and "none" in f.summary]


def test_a_count_in_the_sentence_after_the_lede_meets_a_toll_of_none(embedder):
    found = findings(embedder, "A tornado tore through Moore, Oklahoma on Sunday afternoon. No fatalities were reported.",
                     "A tornado tore through Moore, Oklahoma on Sunday afternoon. Two people were killed, the mayor said.")
    assert [f for f in found if f.kind == "contradiction" and "none" in f.summary]
    assert not [f for f in found if f.kind == "contradiction" and "none" not in f.summary]  # "No one" is no count of one


def test_a_count_made_days_after_a_toll_of_none_is_for_a_person_to_judge(embedder):
    """"No one was killed" on Sunday evening, "killing one passenger" in an article two days later: one of the
    hurt may have died since."""
    found = findings(embedder, "The bus overturned on the A9 near Perth on Sunday; nobody was killed.",
                     "The bus overturned on the A9 near Perth on Sunday, killing one passenger.",
                     published="2025-03-09T20:00", published_b="2025-03-11T20:00")
    none = [f for f in found if "none" in f.summary]
    assert none and all(f.kind == "uncertain" for f in none)


REFUSED_AGAINST_DONE = [
    ("declined to apologise", "The club's chairman, Tom Reed, declined to apologise for the remarks on Monday.",
     "The club's chairman, Tom Reed, apologised for the remarks on Monday."),
    ("failed to appear", "The mayor, Ann Cole, failed to appear in court in Leeds on Monday.",
     "The mayor, Ann Cole, appeared in court in Leeds on Monday."),
    ("failed to appear for a trial", "The former finance director of Corvex, Ida Brandt, failed to appear at Bergen "
     "District Court on Monday for the start of her fraud trial.", "The former finance director of Corvex, Ida Brandt, "
     "appeared at Bergen District Court on Monday for the start of her fraud trial."),
    ("declined to testify", "Chief executive Omar Haddad declined to testify before the senate committee on Tuesday.",
     "Chief executive Omar Haddad testified before the senate committee on Tuesday."),
    ("released without charge", "Police said Mark Hale, 34, arrested over the stabbing in Leeds on Friday, was released "
     "without charge.", "Mark Hale, 34, arrested over the stabbing in Leeds on Friday, was charged with murder, police said."),
]


@pytest.mark.parametrize("why,a,b", REFUSED_AGAINST_DONE, ids=[c[0] for c in REFUSED_AGAINST_DONE])
def test_a_verb_refused_or_a_suspect_freed_against_it_done_contradicts(embedder, why, a, b):
    found = findings(embedder, a, b)
    assert ("contradiction", "polarity") in kinds(found)
    assert not [f for f in found if f.kind == "agreement"]


TWO_CASES_OR_TWO_SUSPECTS = [
    ("two offences", "Dean Walsh was released without charge over the burglary on Monday.",
     "Dean Walsh was charged with drink-driving on Monday."),
    ("two suspects", "A 19-year-old woman arrested over the arson attack in Rochdale was released without charge on Monday.",
     "A 45-year-old man was charged on Monday with arson over the attack in Rochdale."),
]


@pytest.mark.parametrize("why,a,b", TWO_CASES_OR_TWO_SUSPECTS, ids=[c[0] for c in TWO_CASES_OR_TWO_SUSPECTS])
def test_a_suspect_freed_in_one_case_and_charged_in_another_is_no_conflict(embedder, why, a, b):
    assert not [f for f in findings(embedder, a, b) if f.aspect == "polarity"]


def test_an_unnamed_suspect_freed_and_one_charged_are_for_a_person_to_judge(embedder):
    """"A 34-year-old man ... was released without charge" vs "... was charged with murder": a second suspect is
    often freed while another is charged; with nobody named, a person judges, and it is no agreement."""
    found = findings(embedder, "A 34-year-old man arrested over the stabbing in Leeds on Friday was released without "
                     "charge, police said.", "A 34-year-old man arrested over the stabbing in Leeds on Friday was "
                     "charged with murder, police said.")
    assert ("uncertain", "polarity") in kinds(found)
    assert not [f for f in found if f.kind in {"agreement", "contradiction"}]


REFUSED_BY_ANOTHER_OR_NOT_DONE = [
    # a development-topics pair of ECB+ (two clubs' deals): another player, and a deal only supposed
    ("another player, a supposed deal", "After failing to sign pitcher Carlos Ruiz, the Tigers find themselves with "
     "money to spend this winter.", "If Daniel Ortega signs with the Tigers, they would move him to third base."),
    ("another person", "The club's chairman, Tom Reed, declined to apologise for the remarks on Monday.",
     "The club's coach, Alan Pike, apologised for the remarks on Monday."),
]


@pytest.mark.parametrize("why,a,b", REFUSED_BY_ANOTHER_OR_NOT_DONE, ids=[c[0] for c in REFUSED_BY_ANOTHER_OR_NOT_DONE])
def test_a_refusal_against_another_persons_deed_or_a_supposed_one_is_no_contradiction(embedder, why, a, b):
    assert not [f for f in findings(embedder, a, b) if f.aspect == "polarity" and f.kind == "contradiction"]


COUNTS_WRITTEN_APART = [
    # sport: the same two sides on one day, each outlet naming its own venue or city and the scorer
    ("score", "Porto beat Braga 2-0 at the Estadio do Dragao on Saturday, with striker Rui Salgado scoring both goals.",
     "Rui Salgado's brace gave Porto a 3-0 win over Braga in northern Portugal on Saturday."),
    # health: those taken to hospital, written as a verb and as a participle
    ("hospitalised", "A gas leak at a primary school in Lodz sent 15 pupils to hospital on Tuesday, firefighters said.",
     "More than 30 pupils were hospitalised after a gas leak at a primary school in Lodz on Tuesday, the city said."),
    # disaster: a toll that "rose to" against one that "killed", told the same day by the same agency
    ("toll", "The death toll from the landslide in northern Kalinga province rose to 27 on Friday, disaster officials said.",
     "A landslide in northern Kalinga province has killed 14 people, disaster officials said on Friday."),
    # crime: "claimed the lives of" against "died"
    ("lives", "The blaze at a nightclub in Skopje claimed the lives of 12 people on Saturday, police said.",
     "At least 20 people died when fire swept through a nightclub in Skopje on Saturday, police said."),
]


@pytest.mark.parametrize("why,a,b", COUNTS_WRITTEN_APART, ids=[c[0] for c in COUNTS_WRITTEN_APART])
def test_one_count_written_two_ways_by_two_outlets_contradicts(embedder, why, a, b):
    assert ("contradiction", "number") in kinds(findings(embedder, a, b))


def test_the_seriously_injured_are_some_of_the_injured(embedder):
    found = findings(embedder, "Police said 10 people were injured in the stabbing at a shopping centre in Tampere on "
                     "Friday.", "Four people were seriously injured in the stabbing at a shopping centre in Tampere on "
                     "Friday, police said.")
    assert not [f for f in found if f.kind == "contradiction"]


EVENTS_IN_TWO_CITIES = [
    ("two bus crashes", "A bus carrying pilgrims overturned near Seville on Sunday, injuring 14 people.",
     "A bus carrying pilgrims overturned near Lisbon on Sunday, injuring 6 people."),
    ("two floods", "Floods hit Bologna on Tuesday after days of heavy rain, forcing 3,000 people from their homes.",
     "Floods hit Recife on Tuesday after days of heavy rain, forcing 1,200 people from their homes."),
    ("two fires, one district of a capital", "A fire gutted a shoe factory in Dhaka's Tejgaon district on Monday. No one "
     "was injured, fire officials said.", "A fire gutted a plastics warehouse in Chittagong on Monday, injuring three "
     "firefighters."),
]


@pytest.mark.parametrize("why,a,b", EVENTS_IN_TWO_CITIES, ids=[c[0] for c in EVENTS_IN_TWO_CITIES])
def test_one_kind_of_event_in_two_cities_is_two_events(embedder, why, a, b):
    """The cities are read from "struck X", "hit X", "near X" and "X's Y district", and known apart by the gazetteer
    (Seville and Chittagong being Sevilla and Chattogram to geonames): no figure of one is the other's."""
    assert not [f for f in findings(embedder, a, b) if f.kind in {"contradiction", "agreement"}]


def test_a_tally_in_words_told_two_ways_is_compared(embedder):
    """Politics: "N votes to M" against "N in favour and M against" is one tally. The chamber named two ways
    ("Hungary's parliament", "The National Assembly") may be two chambers voting on one day (a House and a Senate
    on one bill): for a person to judge, at least."""
    found = findings(embedder, "Hungary's parliament approved the media law on Tuesday, with 133 deputies voting in favour "
                     "and 57 against.", "The National Assembly passed the media law by 113 votes to 57 on Tuesday.")
    assert {("contradiction", "number"), ("uncertain", "number")} & kinds(found)
    assert "agreement" not in {f.kind for f in found}


def test_two_chambers_voting_on_one_bill_on_one_day_are_no_contradiction(embedder):
    found = findings(embedder, "The House approved the spending bill by 217 votes to 212 on Friday.",
                     "The Senate approved the spending bill by 60 votes to 40 on Friday.")
    assert not [f for f in found if f.kind == "contradiction"]


VOTES_AND_TOLLS_TOLD_TWO_WAYS = [
    # disaster: one crash near a town the gazetteer does not hold, a verb of the crash against a verb of the deaths
    ("one crash near a small town", "A minibus carrying miners plunged off a mountain road near Chuquibamba on Sunday "
     "morning, leaving six dead, regional police said.", "Nine people were killed when a minibus went off a mountain "
     "road near Chuquibamba on Sunday, the health ministry said."),
]


@pytest.mark.parametrize("why,a,b", VOTES_AND_TOLLS_TOLD_TWO_WAYS, ids=[c[0] for c in VOTES_AND_TOLLS_TOLD_TWO_WAYS])
def test_one_vote_or_one_crash_told_two_ways_contradicts(embedder, why, a, b):
    assert ("contradiction", "number") in kinds(findings(embedder, a, b))


@pytest.mark.parametrize("a,b", [
    ("The senate defeated the amendment by 61 votes to 35 on Wednesday.",
     "Senators threw out the amendment on Wednesday, 61 votes to 35."),
    ("A footbridge collapsed in Cartagena on Friday, killing four people and injuring nine, the mayor said.",
     "Four people died and nine were hurt when a pedestrian bridge over a highway in Cartagena gave way on Friday."),
    ("A magnitude 5.9 earthquake struck off the coast of Crete on Thursday, the geodynamic institute said.",
     "A 5.9-magnitude quake shook waters off Crete on Thursday, seismologists said."),
], ids=["a tally in words", "one toll, one place, one day", "one magnitude written two ways"])
def test_one_fact_told_in_other_words_is_an_agreement(embedder, a, b):
    found = findings(embedder, a, b)
    assert "agreement" in {f.kind for f in found} and not [f for f in found if f.kind == "contradiction"]


def test_a_country_both_name_does_not_join_two_of_its_cities(embedder):
    """"docked at Piraeus, Greece's main port" and "at the port of Thessaloniki in northern Greece": Greece holds both
    cities, so naming it is no place in common; two fires, no agreement on their day."""
    found = findings(embedder, "A fire broke out on a ferry docked at Piraeus, Greece's main port, on Tuesday, the coast "
                     "guard said.", "A blaze engulfed a warehouse at the port of Thessaloniki in northern Greece on "
                     "Tuesday, fire officials said.")
    assert not [f for f in found if f.kind in {"agreement", "contradiction"}]


def test_the_city_of_an_arrest_told_in_a_country_and_in_a_city_district_contradicts(embedder):
    found = findings(embedder, "Police in Kenya arrested Daniel Mwangi, the alleged leader of a land fraud ring, in Mombasa "
                     "on Sunday, a police spokesman said.", "Daniel Mwangi, wanted over a land fraud, was detained on "
                     "Sunday in Nairobi's Westlands district, police said.")
    assert ("contradiction", "place") in kinds(found)


def test_one_seizure_placed_in_two_ports_is_for_a_person_to_judge(embedder):
    """A count of one thing stated alike ("2.4 tonnes of cocaine") on one day ties the claims, nobody being named:
    the two ports are for a person to judge, and no agreement."""
    found = findings(embedder, "Customs officers seized 2.4 tonnes of cocaine hidden in a shipment of pineapples at the "
                     "port of Hamburg on Thursday, officials said.", "About 2.4 tonnes of cocaine concealed in a shipment "
                     "of pineapples were found at the port of Bremerhaven on Thursday, customs said.")
    assert ("uncertain", "place") in kinds(found) and "agreement" not in {f.kind for f in found}


def test_the_airport_of_an_arrest_is_its_place_not_the_flight_s_destination(embedder):
    """Crime: "arrested at Athens airport as he tried to board a flight to Istanbul" vs "detained at Rome's Fiumicino
    airport while trying to fly to Istanbul": Istanbul is where he was going, Athens and Rome where he was caught."""
    found = findings(embedder, "Greek police arrested Jan Kowalczyk, a Polish national wanted over a 2022 fuel fraud, at "
                     "Athens airport on Monday as he tried to board a flight to Istanbul.", "Jan Kowalczyk, a Pole sought "
                     "over a 2022 fuel fraud, was detained at Rome's Fiumicino airport on Monday while trying to fly to "
                     "Istanbul, police said.")
    assert ("contradiction", "place") in kinds(found) and "agreement" not in {f.kind for f in found}


def test_a_final_told_by_the_winner_and_by_the_loser_has_one_score(embedder):
    """Sport: "a 3-1 victory over River Plate" and "River Plate fell 2-1 to Boca Juniors", one day, both sides named."""
    found = findings(embedder, "Boca Juniors won the Clausura title on Sunday with a 3-1 victory over River Plate at La "
                     "Bombonera.", "River Plate fell 2-1 to Boca Juniors in Sunday's title decider in Buenos Aires.")
    assert ("contradiction", "number") in kinds(found)


def test_one_sinking_dated_two_ways_is_for_a_person_to_judge_at_least(embedder):
    """Transport: one trawler, one port, one crew, two days: the date is all that keeps the two claims, each the
    other's closest, from one event."""
    found = findings(embedder, "The trawler Northern Star sank in the North Sea off the Danish port of Esbjerg on 3 March "
                     "after taking on water, the maritime authority said.", "All nine "
                     "fishermen aboard the trawler Northern Star were saved when the boat went down off Esbjerg in rough "
                     "seas on March 5, officials said.")
    assert {("uncertain", "date"), ("contradiction", "date")} & kinds(found)
    assert "agreement" not in {f.kind for f in found}


def test_a_vote_approved_and_rejected_as_what_was_said_is_no_agreement(embedder):
    """Politics: both claims are what a press office said; the words still tell opposite outcomes of one vote, so
    the two outlets agree on nothing, not even its day."""
    found = findings(embedder, "Latvia's parliament on Thursday approved a bill banning the sale of fireworks to private "
                     "buyers, the Saeima press office said.", "Latvian lawmakers rejected a proposed ban on consumer "
                     "fireworks on Thursday, leaving the current rules in place, the Saeima said.")
    assert "agreement" not in {f.kind for f in found}


@pytest.mark.parametrize("a,b", [
    ("The Cedar Ridge Fire in Oregon had burned nearly 3,000 acres by Thursday morning and was 20% contained, officials "
     "said.", "Officials said on Thursday that the Cedar Ridge Fire has scorched 2,940 acres in Oregon since igniting on "
     "Tuesday afternoon."),
    ("Engineering group Halvorsen said on Wednesday it would cut 5,000 jobs worldwide by 2027.",
     "Halvorsen will eliminate 1,500 jobs at its Norwegian sites, the company said on Wednesday, as part of a broader "
     "global restructuring."),
], ids=["a start against a state by a day", "a country's part of global cuts"])
def test_a_start_or_a_part_is_no_contradiction(embedder, a, b):
    """"since igniting on Tuesday" dates the start, not the acres burned by Thursday; 1,500 jobs at the Norwegian sites
    may be part of 5,000 worldwide."""
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


@pytest.mark.parametrize("why,a,b", [
    ("husband and wife", "Mr Smith, 45, was arrested at the house on Monday.", "Mrs Smith, 43, was arrested at the house "
     "on Monday."),
    ("two groups killed in one province", "Gunmen killed 5 villagers in Borno State on Monday, residents said.",
     "Boko Haram fighters killed 12 soldiers in Borno State on Monday, the army said."),
    ("a quake and its aftershock", "A magnitude 6.2 earthquake struck Izmir on Monday, AFAD said.",
     "A magnitude 4.8 aftershock hit Izmir on Monday, AFAD said."),
    ("what a tariff hits", "New US tariffs hit China on Tuesday, the Commerce Ministry said.",
     "New US tariffs took effect in Washington on Tuesday, the Commerce Ministry said."),
], ids=lambda c: c if isinstance(c, str) and len(c) < 40 else None)
def test_look_alikes_a_reviewer_found_stay_apart(embedder, why, a, b):
    """Pairs from an independent review of this stop's rules: titles tell people apart, two kinds of victims are
    two tolls, an aftershock has its own magnitude, and only what strikes places (a quake, a bomb) makes its object
    the event's place."""
    assert not [f for f in findings(embedder, a, b) if f.kind == "contradiction"]


@pytest.mark.parametrize("a,b", [
    ("Haaland hit Liverpool with a hat-trick at the Etihad on Sunday.",
     "Haaland scored a hat-trick against Liverpool in Manchester on Sunday."),
    ("Poland's lower house approved the bill by 240 votes to 200 on Friday, the Sejm said.",
     "Polish lawmakers passed the bill by 240 votes to 200 on Friday, which raises the retirement age, the Sejm said."),
], ids=["a side hit is no place", "the lower house"])
def test_one_fact_a_reviewer_found_still_agrees(embedder, a, b):
    assert "agreement" in {f.kind for f in findings(embedder, a, b)}


# blind review sets 14 and 15 (invented two-outlet pairs): the behaviours they showed missing, in other words
ONE_EVENT_TOLD_TWO_WAYS = [
    ("a vote of N to M", "number",
     "Peru's Congress on Thursday approved a pension reform bill, with 88 legislators voting in favour and 30 against.",
     "Lawmakers in Peru approved the pension reform bill on Thursday by a vote of 76 to 30."),
    ("one side of a tally alike", "number",
     "Zambia's National Assembly on Tuesday passed the Mining Royalties Bill by 101 votes to 52.",
     "Lawmakers approved Zambia's Mining Royalties Bill on Tuesday, with 110 members voting in favour and 52 against."),
    ("a scorer's possessive goal in a 1-0 win", "person",
     "Lucas Moreau scored the only goal in the 63rd minute as Brest beat Lorient 1-0 at home on Saturday.",
     "Antoine Dufresne's 63rd-minute goal gave Brest a 1-0 home win over Lorient on Saturday."),
    ("a verdict told both ways", "polarity",
     "A jury in Cardiff on Thursday found former council treasurer Gareth Price guilty of stealing £400,000 from a housing fund.",
     "A jury in Cardiff on Thursday acquitted former council treasurer Gareth Price of stealing £400,000 from a housing fund."),
    ("a refusal by the one said to have acted", "polarity",
     "Culture Minister Ilona Varga resigned on Friday after a report criticised the handling of a museum tender, the "
     "government spokesman said.",
     "Culture Minister Ilona Varga said on Friday she would not resign over the report on the museum tender."),
    ("declined on a day to do it", "polarity",
     "Kenya's Pharmacy and Poisons Board on Tuesday approved a generic malaria drug made by Nairobi Pharmaceuticals.",
     "Kenya's Pharmacy and Poisons Board declined on Tuesday to approve a generic malaria drug made by Nairobi "
     "Pharmaceuticals, asking for more data."),
    ("one post filled by two people", "person",
     "Senegal's president on Monday named Awa Ndiaye as interior minister, replacing Moussa Diop.",
     "Senegal's president has appointed Fatou Sarr as the new interior minister, the presidency said on Monday."),
    ("a trial's court in two cities", "place",
     "The former director of a dam company went on trial for negligence on Tuesday at the criminal court in Porto. Rui "
     "Almeida, 61, denies the charges.",
     "Rui Almeida, the 61-year-old former director of the dam company, appeared on Tuesday before the criminal court in "
     "Braga on negligence charges."),
    ("a named storm's landfall town", "place",
     "Cyclone Belna made landfall in the town of Mahajanga on Sunday night with winds of 180 km/h.",
     "Cyclone Belna slammed ashore at Soalala, a coastal town in Boeny region, on Sunday night with winds of 180 km/h."),
    ("an arrest's city, the man wanted elsewhere", "place",
     "Italian police arrested a German fugitive wanted for fraud in Milan on Monday, ending a year on the run. Klaus "
     "Berger, 52, was detained outside his flat.",
     "A German man wanted in Germany for fraud was arrested in Turin on Monday after a year on the run. Klaus Berger, "
     "52, was living under a false name."),
]


@pytest.mark.parametrize("why,aspect,a,b", ONE_EVENT_TOLD_TWO_WAYS, ids=[c[0] for c in ONE_EVENT_TOLD_TWO_WAYS])
def test_one_event_told_two_ways_by_two_outlets_contradicts(embedder, why, aspect, a, b):
    assert ("contradiction", aspect) in kinds(findings(embedder, a, b))


POSTS_TOLD_TWO_WAYS = [
    ("'its' post in a sentence naming the company",
     "Danish brewer Nordlys said on Monday that its chief financial officer, Mette Vestergaard, will leave in June.",
     "Nordlys's chief operating officer, Mette Vestergaard, will leave the brewer in June, the company said on Monday."),
    ("the company's post after 'said Name,'",
     "\"Nobody was hurt,\" said Rania Haddad, the carrier's chief executive. Cedar Air flight 212 returned to Beirut on "
     "Monday.",
     "Cedar Air said flight 212 turned back to Beirut on Monday. Rania Haddad, Cedar Air's chief operating officer, said "
     "the jet was grounded."),
    ("prosecutor and defence lawyer",
     "\"The evidence is overwhelming,\" said Sofia Lindqvist, the lead prosecutor in the case, on Monday.",
     "Sofia Lindqvist, the defence attorney for the accused, said on Monday the evidence was weak."),
]


@pytest.mark.parametrize("why,a,b", POSTS_TOLD_TWO_WAYS, ids=[c[0] for c in POSTS_TOLD_TWO_WAYS])
def test_one_persons_two_posts_are_a_role_finding(embedder, why, a, b):
    assert {("contradiction", "role"), ("uncertain", "role")} & kinds(findings(embedder, a, b))


AGREED_OR_APART = [
    ("a quarter's and a year's figures", "none",
     "Andean retailer Grupo Cóndor reported a fourth-quarter net profit of 2.2 billion pesos on Thursday.",
     "Grupo Cóndor earned 8.1 billion pesos in 2025, the retailer said on Thursday."),
    ("dozens and several dozen", "no contradiction",
     "A strong earthquake damaged dozens of buildings in Van province on Saturday, the disaster agency said.",
     "Saturday's strong earthquake in Van province damaged several dozen buildings, the disaster agency said."),
    ("two tornadoes in two states", "no contradiction",
     "A tornado tore through Enid, Oklahoma, on Monday evening, injuring three people.",
     "A tornado destroyed six homes on the northern edge of Salina, Kansas, late on Monday. No injuries were reported."),
    ("a temperature glued to its unit", "agreement",
     "Temperatures in Seville reached 44.1C on Sunday, the highest reading of the year, the weather agency said.",
     "The mercury hit 44.1 degrees Celsius in Seville on Sunday, the weather agency said."),
    ("two charges, two verdicts", "no contradiction",
     "A jury in Leeds convicted Peter Shaw of fraud on Friday.", "A jury in Leeds acquitted Peter Shaw of theft on Friday."),
]


@pytest.mark.parametrize("why,expected,a,b", AGREED_OR_APART, ids=[c[0] for c in AGREED_OR_APART])
def test_what_review_sets_14_and_15_found_apart_or_alike(embedder, why, expected, a, b):
    found = findings(embedder, a, b)
    assert not [f for f in found if f.kind == "contradiction"]
    if expected == "agreement":
        assert any(f.kind == "agreement" for f in found)
    if expected == "none":
        assert not [f for f in found if f.kind == "uncertain"]


# an independent review of the rules above found these; each passes on 860aed8 and failed on their first version
REVIEWED_NO_CONTRADICTION = [
    ("one storm's tolls in two provinces", "Typhoon Ramil killed three people in Aurora province on Monday, disaster officials said.",
     "Typhoon Ramil killed five people in Isabela province on Monday, disaster officials said."),
    ("missiles named Storm", "Storm Shadow missiles struck a command post in Kursk on Tuesday, killing four soldiers.",
     "Storm Shadow missiles struck a fuel depot in Bryansk on Tuesday, killing two workers."),
    ("one spokesman on two bombings",
     "A car bomb exploded in Mogadishu on Monday, killing eight people. Police spokesman Abdifatah Aden said al-Shabaab was responsible.",
     "A roadside bomb exploded in Baidoa on Monday, killing three soldiers. Police spokesman Abdifatah Aden said al-Shabaab was responsible."),
    ("two co-defendants", "A jury in Leeds on Wednesday found Mark Smith guilty of murdering Anna Lee.",
     "A jury in Leeds on Wednesday acquitted Paul Jones, who had stood trial alongside Mark Smith for the murder of Anna Lee."),
    ("cleared the way", "A Manhattan judge on Tuesday cleared the way for the sentencing of Sean Combs after rejecting his bid for a new trial.",
     "A Manhattan jury on Tuesday found Sean Combs guilty of two prostitution-related charges."),
    ("two posts left", "Zuzana Kovacova said on Friday she would not resign as leader of the Civic Party despite the hospital scandal.",
     "Zuzana Kovacova resigned as health minister on Friday over the hospital scandal, the prime minister's office said."),
    ("the opener's 1-0 lead",
     "Liverpool beat Manchester City 2-1 at Anfield on Sunday. Erling Haaland's 10th-minute goal gave City a 1-0 lead before "
     "Liverpool hit back after the break.",
     "Liverpool beat Manchester City 2-1 at Anfield on Sunday. Mohamed Salah scored a late winner for the home side."),
    ("a winner in another match",
     "Leeds United beat Hull City 1-0 at Elland Road on Saturday. Patrick Bamford headed in the 70th-minute winner from a corner.",
     "Leeds United beat Hull City 1-0 at Elland Road on Saturday thanks to a Patrick Bamford header. Elsewhere in the "
     "Championship, Oli McBurnie scored a late winner as Sheffield United won 2-1 at Burnley."),
    ("a price that declined to close", "Shares of Acme Corp declined on Tuesday to close at $45.20 on the New York Stock Exchange.",
     "Shares of Acme Corp closed at $45.20 on the New York Stock Exchange on Tuesday."),
    ("minus written two ways", "Temperatures fell to -12C in Oslo on Monday, the lowest this winter.",
     "Temperatures fell to minus 12 degrees Celsius in Oslo on Monday, the lowest this winter."),
    ("two drivers off the track", "Lando Norris left the track at Turn 4 in Austin on Sunday and was handed a five-second penalty, stewards said.",
     "Oscar Piastri left the track at Turn 12 in Austin on Sunday and was handed a five-second penalty, stewards said."),
]


@pytest.mark.parametrize("why,a,b", REVIEWED_NO_CONTRADICTION, ids=[c[0] for c in REVIEWED_NO_CONTRADICTION])
def test_what_the_review_of_the_new_rules_found_is_no_contradiction(embedder, why, a, b):
    found = findings(embedder, a, b)
    assert not [f for f in found if f.kind == "contradiction"]
    assert not [f for f in found if f.kind == "uncertain" and f.aspect in {"place", "person", "polarity"}]


REVIEWED_STILL_CONTRADICT = [
    ("a ban of months", "number",
     "The Football Association banned Chelsea midfielder Enzo Fernandez for three months on Tuesday for breaching betting rules.",
     "The Football Association banned Chelsea midfielder Enzo Fernandez for six months on Tuesday for breaching betting rules."),
    ("a release told on two days", "date", "Iran released French cyclist Lennart Monterlos from Evin prison on Friday.",
     "Iran released French cyclist Lennart Monterlos from Evin prison on Thursday, the French foreign ministry said on Friday."),
    ("a village and a town of one province", "number",
     "A landslide buried 30 homes in the village of Esteves in Aurora province on Monday, killing 12 people, disaster officials said.",
     "A landslide buried 30 homes in the town of Casiguran in Aurora province on Monday, killing 15 people, disaster officials said."),
    ("a projected result", "number",
     "Exit polls projected that the ruling Civic Party won 38 percent of the vote in the parliamentary election on Sunday.",
     "The ruling Civic Party won 41 percent of the vote in the parliamentary election on Sunday, exit polls showed."),
]


@pytest.mark.parametrize("why,aspect,a,b", REVIEWED_STILL_CONTRADICT, ids=[c[0] for c in REVIEWED_STILL_CONTRADICT])
def test_what_the_review_of_the_new_rules_found_still_contradicts(embedder, why, aspect, a, b):
    assert ("contradiction", aspect) in kinds(findings(embedder, a, b, published="2026-03-07T12:00"))


# a second independent review (of 93303bc..e02c700) found these; each runs as on 93303bc or better
SECOND_REVIEW = [
    ("a guilty verdict and 'was cleared of'", "contradiction",
     "A jury in Brisbane on Wednesday found former charity director Mei Ling Tan guilty of fraud.",
     "Former charity director Mei Ling Tan was cleared of all charges by a jury in Brisbane on Wednesday."),
    ("flights cancelled by a strike that went ahead", "no contradiction",
     "Rail workers went ahead with a 24-hour strike on Wednesday, halting most trains across the country.",
     "Airlines cancelled more than 300 flights on Wednesday because of a 24-hour strike by air traffic controllers."),
    ("two defendants in one city", "no contradiction",
     "A former police officer was convicted in Sydney on Tuesday of assaulting a teenager.",
     "A former teacher was acquitted in Sydney on Tuesday of assaulting a teenager."),
    ("one declined to comment, another commented", "no contradiction",
     "The club's owner declined to comment on the sale on Tuesday.",
     "The club's chairman commented on the sale on Tuesday, saying it was good for the fans."),
    ("two airstrikes in a village and a town", "no contradiction",
     "An airstrike killed 12 people in the village of Kafr Batna on Sunday, rescuers said.",
     "An airstrike killed seven people in the town of Saqba on Sunday, rescuers said."),
    ("two crashes near two towns", "no contradiction",
     "Seventeen people died when a bus plunged into a ravine near the town of Huanta on Sunday.",
     "Nine people died when a bus plunged into a ravine near the town of Puquio on Sunday."),
    ("a third suspect charged", "no contradiction",
     "Two men arrested over the fatal stabbing of Callum Reid in Leeds have been released without charge, police said on Tuesday.",
     "A third man has been charged with the murder of Callum Reid in Leeds, police said on Tuesday."),
    ("a quarter's and a year's deliveries", "no contradiction",
     "Tesla delivered 495,000 vehicles in the fourth quarter, the company said on Friday.",
     "Tesla delivered 1.79 million vehicles in 2025, the company said on Friday."),
    ("one post refused and left, written two ways", "contradiction",
     "Alan Drury resigned as prime minister on Friday after losing a confidence vote, his office said.",
     "Alan Drury said on Friday he would not resign as prime minister despite losing a confidence vote."),
]


@pytest.mark.parametrize("why,expected,a,b", SECOND_REVIEW, ids=[c[0] for c in SECOND_REVIEW])
def test_what_the_second_review_found(embedder, why, expected, a, b):
    found = findings(embedder, a, b, published="2026-03-06T12:00")
    contradictions = [f for f in found if f.kind == "contradiction"]
    assert bool(contradictions) == (expected == "contradiction")


# temperatures on two scales: an American outlet's Fahrenheit against a European one's Celsius (heatwaves, wildfires,
# cold snaps); one reading converted is no contradiction, a reading that converts to another is
TEMPERATURES_ALIKE = [
    ("Celsius glued, Fahrenheit spelt out",
     "Temperatures in Seville reached 44C on Tuesday, the highest reading in southern Spain this summer, the weather agency said.",
     "Temperatures in Seville soared to 111 degrees Fahrenheit on Tuesday, the highest reading in southern Spain this summer, "
     "the weather agency said."),
    ("a cold snap below zero on both scales",
     "The temperature in Fargo plunged to minus 40C overnight on Monday, the National Weather Service said.",
     "The temperature in Fargo plunged to -40F overnight on Monday, the National Weather Service said."),
    ("degrees with no scale in an American paper",
     "Firefighters battled the Sand Ridge fire as temperatures hit 46C near Phoenix on Saturday, the forest service said.",
     "Firefighters battled the Sand Ridge fire as temperatures hit 115 degrees near Phoenix on Saturday, the forest service said."),
]


@pytest.mark.parametrize("why,a,b", TEMPERATURES_ALIKE, ids=[c[0] for c in TEMPERATURES_ALIKE])
def test_one_temperature_on_two_scales_is_no_contradiction(embedder, why, a, b):
    found = findings(embedder, a, b)
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"} and f.aspect == "number"]


TEMPERATURES_APART = [
    ("a heat record",
     "Temperatures in Seville reached 44C on Tuesday, the highest reading in southern Spain this summer, the weather agency said.",
     "Temperatures in Seville soared to 104F on Tuesday, the highest reading in southern Spain this summer, the weather agency said."),
    ("a cold record",
     "The temperature in Fargo fell to minus 30 degrees Celsius on Monday, a record for the date, the weather service said.",
     "The temperature in Fargo fell to minus 30 degrees Fahrenheit on Monday, a record for the date, the weather service said."),
]


@pytest.mark.parametrize("why,a,b", TEMPERATURES_APART, ids=[c[0] for c in TEMPERATURES_APART])
def test_two_temperatures_on_two_scales_contradict(embedder, why, a, b):
    found = findings(embedder, a, b)
    assert ("contradiction", "number") in kinds(found)
    assert any(f.summary.startswith("Temperature") for f in found if f.kind == "contradiction")


def test_a_day_someone_said_would_come_is_no_date_contradiction_with_the_day_it_came(embedder):
    """"would make landfall on Friday" in a Tuesday article and "made landfall on Friday" on Saturday are one Friday."""
    found = findings(embedder, "Forecasters said Typhoon Lando would make landfall in Aurora province on Friday, "
                               "bringing winds of up to 150 km/h.",
                     "Typhoon Lando made landfall in Aurora province on Friday with winds of 150 km/h, forecasters said.",
                     published="2026-09-29T08:00", published_b="2026-10-03T08:00")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"} and f.aspect == "date"]


STORY_CONTRADICTIONS = [
    ("one quake's toll, told by the quake and by the dead", "number",
     "QUITO, April 7 (Andean Wire) - A magnitude 6.4 earthquake struck central Ecuador early on Tuesday, killing 9 people "
     "and damaging hundreds of adobe homes in the Chimborazo province, civil defence officials said. The quake hit at "
     "3:40 a.m. local time at a depth of 20 kilometres. Rescue teams were still searching collapsed buildings in the town "
     "of Guamote, where most of the victims lived.",
     "Twelve people died when a strong earthquake shook the Chimborazo province before dawn on Tuesday, Ecuador's civil "
     "defence agency said. The 6.4-magnitude tremor, centred about 20 km underground, flattened mud-brick houses in "
     "Guamote and nearby villages. Residents spent the rest of the night outdoors, fearing aftershocks."),
    ("one man's post, in apposition after a demonym and after 'said on Monday its'", "role",
     "Fredrik Almqvist, the chief financial officer of Swedish telecoms equipment maker Ostera Networks, has resigned with "
     "immediate effect, the company said on Monday.",
     "Ostera Networks said on Monday its chief executive, Fredrik Almqvist, was stepping down with immediate effect."),
]


@pytest.mark.parametrize("why,aspect,a,b", STORY_CONTRADICTIONS, ids=[c[0] for c in STORY_CONTRADICTIONS])
def test_one_story_told_two_ways_is_a_contradiction(embedder, why, aspect, a, b):
    found = findings(embedder, a, b)
    assert ("contradiction", aspect) in kinds(found)
    assert not [f for f in found if f.kind == "agreement" and f.aspect == aspect]


# an independent review of this stop's rules found these; each passes on 29d98e1 and failed on their first version
SEVENTH_REVIEW_NO_CONTRADICTION = [
    ("a range on a named scale and degrees alone",
     "Temperatures in Delhi reached 44 to 46 degrees Celsius on Monday, the weather office said.",
     "Temperatures in Delhi reached 45 degrees on Monday, the weather office said."),
    ("a difference in Fahrenheit and in Celsius",
     "Temperatures in Phoenix were 9F above normal on Monday, the weather service said.",
     "Temperatures in Phoenix were 5C above normal on Monday, the weather service said."),
    ("a weekday of a verb without 'would'",
     "Cyclone Mira, which forecasters had said would weaken, struck the coast of Odisha on Monday, killing 12 people.",
     "Cyclone Mira struck the coast of Odisha on Monday, March 9, killing 12 people, officials said."),
]


@pytest.mark.parametrize("why,a,b", SEVENTH_REVIEW_NO_CONTRADICTION, ids=[c[0] for c in SEVENTH_REVIEW_NO_CONTRADICTION])
def test_what_the_seventh_review_found_is_no_contradiction(embedder, why, a, b):
    found = findings(embedder, a, b, published="2026-03-11T08:00")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"}]


def test_a_count_of_aircraft_named_with_a_letter_still_contradicts(embedder):
    found = findings(embedder, "During a cold snap in Kabul on Monday, 12 C-130 planes delivered aid to the city, the air force said.",
                     "On Monday, 15 C-130 transport planes delivered aid to Kabul, the air force said.")
    assert ("contradiction", "number") in kinds(found)


def test_one_suspect_released_without_charge_and_charged_is_a_contradiction(embedder):
    """"released Joanne Pike, 41, without charge" (the one released between the verb and "without charge") and "Joanne
    Pike, 41, has been charged": one named suspect told both ways."""
    found = findings(embedder, "Joanne Pike, 41, has been charged with arson after a fire at a shop in Headingley early on "
                               "Saturday, West Yorkshire Police said.",
                     "Detectives investigating Saturday's shop fire in Headingley have released Joanne Pike, 41, "
                     "without charge, West Yorkshire Police said on Sunday.",
                     published="2026-03-09T08:00")
    assert ("contradiction", "polarity") in kinds(found)


def test_a_late_goal_that_gave_the_win_names_the_scorer_of_the_winner(embedder):
    found = findings(embedder, "Bristol Rovers beat Exeter City 2-1 on Saturday, with striker Ali Kone heading the winner in "
                               "the 88th minute at the Memorial Stadium.",
                     "A late header from Tom Reid gave Bristol Rovers a 2-1 home win over Exeter City on Saturday.")
    assert ("contradiction", "person") in kinds(found)


DECIDED_BOTH_WAYS = [
    ("a planning application", "Leeds City Council on Tuesday approved plans for a 20,000-seat stadium at Kirkstall, clearing the way "
     "for building work to start next spring.",
     "Plans for a 20,000-seat stadium at Kirkstall were rejected by Leeds City Council's planning committee on Tuesday, "
     "councillors said."),
    ("a drug", "Brazil's health regulator on Thursday approved Dormivex, a sleeping pill made by Andrade Labs, for adults over 65.",
     "Brazil's health regulator has turned down Andrade Labs' application for Dormivex, a sleeping pill for older adults, "
     "the company said on Thursday."),
]


@pytest.mark.parametrize("why,a,b", DECIDED_BOTH_WAYS, ids=[c[0] for c in DECIDED_BOTH_WAYS])
def test_one_decision_told_both_ways_is_a_polarity_contradiction(embedder, why, a, b):
    found = findings(embedder, a, b, published="2026-03-13T08:00")
    assert ("contradiction", "polarity") in kinds(found)
    assert not [f for f in found if f.kind == "agreement" and f.aspect == "date"]


TWO_DECISIONS = [
    ("two bills of one senate", "The Senate on Wednesday passed the budget bill by 52 votes to 48.",
     "A bill to raise the minimum wage was defeated in the Senate on Wednesday, dealing a blow to unions."),
    ("two drugs of one regulator", "The regulator on Wednesday approved Zentrix, an inhaler made by Halden Pharma, for adults with asthma.",
     "The regulator on Wednesday rejected Kellner Pharma's application for Solvantis, a migraine injection."),
    ("a match", "Chelsea were defeated 2-1 by Arsenal at Stamford Bridge on Sunday.",
     "Arsenal passed their toughest test of the season on Sunday, beating Chelsea 2-1 at Stamford Bridge."),
]


@pytest.mark.parametrize("why,a,b", TWO_DECISIONS, ids=[c[0] for c in TWO_DECISIONS])
def test_two_decisions_of_one_body_are_no_polarity_contradiction(embedder, why, a, b):
    found = findings(embedder, a, b, published="2026-03-13T08:00")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"} and f.aspect == "polarity"]



def test_one_appointee_given_two_ministries_is_a_role_contradiction(embedder):
    """"named X as the country's new finance minister" vs "X ... is Ghana's new foreign minister": two ministries no
    government joins, one person, one reshuffle."""
    found = findings(embedder, "ACCRA - President Kofi Mensah on Monday named veteran MP Ama Owusu as the country's new finance "
                               "minister, replacing Kwame Boateng, who resigned last week.",
                     "Ama Owusu, a long-serving MP and former health minister, is Ghana's new foreign minister after a "
                     "reshuffle announced on Monday by President Kofi Mensah. She replaces Kwame Boateng.",
                     published="2026-01-20T08:00")
    assert ("contradiction", "role") in kinds(found)


def test_one_occasion_with_an_exact_figure_alike_placed_in_two_grounds_is_a_place_contradiction(embedder):
    """"an unbeaten 187" and "341 for three" in both: one day's play, whatever the tagger makes of the batsman; its
    ground given two ways is a contradiction (not two matches in two cities)."""
    found = findings(embedder, "Opener Imran Sadiq struck an unbeaten 187 as Pakistan reached 341 for three at stumps on the "
                               "opening day of the second Test against England at the Gaddafi Stadium in Lahore on Thursday.",
                     "Imran Sadiq's unbeaten 187 left England toiling on day one of the second Test in Karachi on Thursday, "
                     "with Pakistan closing on 341-3 at the National Stadium.")
    assert ("contradiction", "place") in kinds(found)



def test_a_race_time_spelled_out_and_in_digits_is_one_time(embedder):
    found = findings(embedder, "Kenya's Faith Chebet won the women's 1,500 metres at the Diamond League meeting in Zurich on "
                               "Thursday in 3 minutes 53.18 seconds.",
                     "Faith Chebet won the 1,500m in Zurich on Thursday night, clocking 3:53.18.")
    assert not [f for f in found if f.kind in {"contradiction", "uncertain"}]
    assert any(f.kind == "agreement" for f in found)
    apart = findings(embedder, "Kenya's Faith Chebet won the women's 1,500 metres at the Diamond League meeting in Zurich on "
                               "Thursday in 3 minutes 53.18 seconds.",
                     "Faith Chebet won the 1,500m in Zurich on Thursday night, clocking 3:55.18.")
    assert ("contradiction", "number") in kinds(apart)


# a second independent review of this stop's rules found these; each gave no such finding on 9f6e7d9 and a false one
# on the first version of the rules
SECOND_REVIEW_OF_THE_SEVENTH_STOP = [
    ("a new post ten days after another", "role", "Finance Minister Kwame Boateng said on Sunday Ghana would cut fuel taxes in "
     "the next budget.", "Kwame Boateng, Ghana's new foreign minister, said on Wednesday he would visit Lome next week.",
     "2026-03-01T08:00"),
    ("chosen over another", "role", "President Kofi Mensah on Monday picked Ama Owusu over Kwame Boateng as the country's new "
     "finance minister.", "Ghana's Foreign Minister Kwame Boateng said on Monday he would stay in his post.", None),
    ("named to succeed another", "role", "President Kofi Mensah on Monday named Owusu to succeed Kwame Boateng as Ghana's "
     "finance minister.", "Kwame Boateng, Ghana's new foreign minister, said on Monday he would visit Lome next week.", None),
    ("two deciders", "polarity", "Shareholders of Acme on Wednesday approved the $5 billion takeover by Bolt Industries, the "
     "company said.", "The competition regulator on Wednesday rejected the $5 billion takeover of Acme by Bolt Industries.", None),
    ("two plans of one council", "polarity", "The city council on Wednesday approved plans for a new library in Riverside, "
     "officials said.", "The city council on Wednesday rejected plans for a new car park in Riverside, officials said.", None),
    ("two requests of one firm", "polarity", "Regulators on Wednesday approved the merger of Acme and Bolt, the companies said.",
     "Regulators on Wednesday rejected a request by Acme to delay its annual report, the company said.", None),
    ("one road number in two cities", "place", "A tanker truck overturned on Interstate 405 in Seattle on Tuesday, closing all "
     "lanes for hours, police said.", "A tanker truck overturned on Interstate 405 in Los Angeles on Tuesday, closing all lanes "
     "for hours, police said.", None),
]


@pytest.mark.parametrize("why,aspect,a,b,published_a", SECOND_REVIEW_OF_THE_SEVENTH_STOP,
                         ids=[c[0] for c in SECOND_REVIEW_OF_THE_SEVENTH_STOP])
def test_what_the_second_review_of_the_seventh_stop_found_is_no_contradiction(embedder, why, aspect, a, b, published_a):
    found = findings(embedder, a, b, published=published_a or "2026-03-11T08:00", published_b="2026-03-11T08:00")
    assert not [f for f in found if f.kind == "contradiction" and f.aspect == aspect]


def test_a_company_after_an_age_is_no_person():
    from verifier.claims import extract
    kinds_of = {v.text: v.kind for c in extract(article("A 25-year-old British Airways pilot was found dead at a hotel in "
                                                          "Crawley on Monday, police said.")) for v in c.values}
    assert kinds_of.get("British Airways") != "person"


def test_a_vote_two_weeks_ago_is_no_other_day_than_the_tuesday_of_the_vote(embedder):
    """Politics: "the council voted 5-2 on Tuesday" in an article of May 8 and "Two weeks ago the council voted 5-2
    to double downtown parking rates" in one of May 22: weeks counted round, no date contradiction."""
    found = findings(embedder, "Drivers in downtown Port Ellison will pay twice as much to park after the city council "
                     "voted 5-2 on Tuesday to double downtown parking rates.", "Port Ellison households will see higher "
                     "water bills after the council voted 6-1 on Tuesday to raise water rates. Two weeks ago the council "
                     "voted 5-2 to double downtown parking rates.", published="2024-05-08T09:00", published_b="2024-05-22T09:00")
    assert not [f for f in found if f.aspect == "date" and f.kind in {"contradiction", "uncertain"}]


def test_the_claim_closest_in_meaning_is_the_counterpart_when_the_whole_story_is_one_event(embedder):
    """Politics: in two articles on one by-election every claim is likely of it; "finished 1,842 votes ahead"
    meets "put her winning margin at 842 votes", not "conceded defeat on Sunday", and the margin is disputed."""
    found = findings(embedder, "Labour candidate Mere Tipene has won the Waitara North by-election, taking a seat the "
                     "governing party had held for 15 years. Tipene finished 1,842 votes ahead of National's Craig Doyle, "
                     "according to the Electoral Commission's preliminary count released early on Sunday. Turnout was 61%.",
                     "Craig Doyle conceded defeat in Waitara North on Sunday, congratulating Labour's Mere Tipene on "
                     "her victory. \"The voters have spoken,\" he told supporters at the town hall. Preliminary Electoral "
                     "Commission figures put Tipene's winning margin at 842 votes on a turnout of 61 per cent. Official "
                     "results are due in two weeks.", published="2026-05-18T09:00")
    assert {("contradiction", "number"), ("uncertain", "number")} & kinds(found)
