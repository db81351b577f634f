"""The seeds, extracted document by document: what an analyst expects of each."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import AR_SEED, EN_SEED
from kg.extract.extractor import extract
from kg.ingest.reader import parse_document
from kg.link.consolidate import consolidate
from kg.model import EventKind, Measure

DAY = dt.date(2013, 12, 4)


@pytest.fixture(scope="module")
def english(gazetteer):
    return extract(parse_document(EN_SEED.read_bytes(), source=EN_SEED.name), gazetteer)


@pytest.fixture(scope="module")
def arabic(gazetteer):
    return extract(parse_document(AR_SEED.read_bytes(), source=AR_SEED.name), gazetteer)


def attacks_by_place(extraction):
    return {event.places[0] if event.places else None: event
            for event in extraction.events if event.kind is EventKind.ATTACK}


def figures(event):
    return consolidate(event.casualty_claims, Measure.KILLED), consolidate(event.casualty_claims, Measure.INJURED)


def test_english_series_from_the_infobox(english):
    series = [e for e in english.events if e.kind is EventKind.SERIES]
    assert len(series) == 1
    event = series[0]
    assert event.date == DAY and "isil" in event.perpetrators
    assert figures(event) == (35, 133)
    assert {"bombing", "armed-assault"} <= set(event.attack_types)


EXPECTED_EN = {
    "jawahir-mall": (11, 106),
    "kirkuk": (None, 4),
    "hadhimiya": (3, 4),
    "fallujah": (1, 1),
    "ramadi": (2, None),
    "shirqat": (1, None),
    "yarmouk-hospital": (1, None),
    "ghazaliya": (1, None),
    "haditha": (None, None),  # 2 killed and 6 wounded in two attacks together: joint claims only
    "al-qaim": (None, None),
    "muqdadiyah": (None, None),
    "yathrib": (None, None),
}


def test_english_incidents_with_places_dates_and_figures(english):
    attacks = [e for e in english.events if e.kind is EventKind.ATTACK]
    by_place = {}
    for event in attacks:
        by_place.setdefault(event.places[0], []).append(event)
    assert set(by_place) == set(EXPECTED_EN) | {"mosul"}
    for place, expected in EXPECTED_EN.items():
        assert [figures(e) for e in by_place[place]] == [expected], place
    assert sorted((figures(e) for e in by_place["mosul"]), key=str) == sorted([(1, 1), (None, 5)], key=str)
    assert all(e.date == DAY for e in attacks)
    series = next(e for e in english.events if e.kind is EventKind.SERIES)
    assert all(e.parent == series.key for e in attacks)


def test_joint_figures_are_kept_as_claims(english):
    haditha = next(e for e in english.events if e.places == ("haditha",))
    assert {(c.measure, c.value, c.joint) for c in haditha.casualty_claims} == {
        (Measure.KILLED, 2, True), (Measure.INJURED, 6, True)}


def test_kirkuk_assault_phases_are_one_incident(english):
    assault = next(e for e in english.events if e.places == ("jawahir-mall",))
    assert {"bombing", "armed-assault", "hostage-barricade"} <= set(assault.attack_types)
    assert assault.suicide
    measures = {(c.measure, c.value, c.max_value) for c in assault.casualty_claims}
    assert (Measure.HOSTAGES_TAKEN, 10, 20) in measures and (Measure.HOSTAGES_FREED, 11, None) in measures
    assert consolidate(assault.casualty_claims, Measure.KILLED, attackers=True) == 8
    assert "isil" in assault.perpetrators  # through its claim of responsibility


def test_security_operations_are_not_attacks(english):
    operations = [e for e in english.events if e.kind is EventKind.SECURITY_OPERATION]
    # (and the army's raid on the protest camp in Hawija on 23 April 2013, told in the background)
    assert sorted(e.places[0] for e in operations) == ["fallujah", "hawija", "saidiya"]


def test_claim_and_reaction(english):
    claim = next(e for e in english.events if e.kind is EventKind.CLAIM_OF_RESPONSIBILITY)
    reaction = next(e for e in english.events if e.kind is EventKind.REACTION)
    assault = next(e for e in english.events if e.places == ("jawahir-mall",))
    assert claim.agents == ("isil",) and claim.about == assault.key
    assert reaction.agents == ("united-states",) and reaction.headline == "condemnation"


def test_background_statistics_are_not_attacks(english):
    for event in english.events:
        for claim in event.casualty_claims:
            assert claim.value not in (712, 1045, 2397, 3000)


EXPECTED_AR = {
    "jawahir-mall": (11, 106),
    "kirkuk": (None, 4),
    "hamdaniya": (3, 4),
    "fallujah": (1, 1),
    "ramadi": (2, None),
    "shirqat": (1, None),
    "yarmouk-hospital": (1, None),
    "haditha": (None, None),
    "al-qaim": (None, None),
    "muqdadiyah": (None, None),
    "yathrib": (None, None),
}


def test_arabic_incidents(arabic):
    attacks = [e for e in arabic.events if e.kind is EventKind.ATTACK]
    by_place = {}
    for event in attacks:
        by_place.setdefault(event.places[0], []).append(event)
    assert set(by_place) == set(EXPECTED_AR) | {"mosul"}
    for place, expected in EXPECTED_AR.items():
        assert [figures(e) for e in by_place[place]] == [expected], place
    mosul = sorted(by_place["mosul"], key=lambda e: e.key)
    assert figures(mosul[0]) == (1, 1)
    assert {(c.measure, c.value) for c in mosul[1].casualty_claims} == {(Measure.CASUALTIES, 3), (Measure.CASUALTIES, 2)}
    assert all(e.labels[0][0] == "ar" for e in arabic.events)


def test_arabic_series(arabic):
    series = next(e for e in arabic.events if e.kind is EventKind.SERIES)
    assert series.date == DAY
    claims = {(c.measure, c.qualifier.value, c.value) for c in series.casualty_claims}
    assert claims == {(Measure.KILLED, "more-than", 30), (Measure.INJURED, "at-least", 106)}


def test_mentions_are_exact_substrings(english, arabic):
    for extraction in (english, arabic):
        text = extraction.document.text
        for entity in extraction.entities:
            for m in entity.mentions:
                assert text[m.begin : m.end] == m.text
        for event in extraction.events:
            for m in event.mentions:
                assert text[m.begin : m.end] == m.text
            for claim in event.casualty_claims:
                assert text[claim.mention.begin : claim.mention.end] == claim.mention.text


def test_entities_of_the_seeds(english, arabic):
    for extraction in (english, arabic):
        keys = {e.key for e in extraction.entities}
        assert {"kirkuk", "jawahir-mall", "iraqi-police"} <= keys
    assert "isil" in {e.key for e in english.entities}
