"""Consolidated figures, entity linking and event fusion across documents."""

from __future__ import annotations

from kg.extract.extractor import extract
from kg.ingest.reader import parse_document
from kg.link.consolidate import consolidate
from kg.link.corpus import link
from kg.model import CasualtyClaim, EventKind, Measure, Mention, Qualifier


def claim(value, *, measure=Measure.KILLED, qualifier=Qualifier.EXACT, group="people", doc="d", statement=0,
          subset=False, joint=False, vague=False, max_value=None):
    return CasualtyClaim(measure, qualifier, value, Mention(doc, statement, statement + 1, "x"),
                         max_value=max_value, group=group, joint=joint, vague=vague, subset=subset,
                         statement=statement)


def test_a_statement_sums_its_groups_but_not_attackers():
    claims = [claim(54, group="security-forces", statement=1), claim(52, group="civilians", statement=1),
              claim(8, group="attackers", statement=2)]
    assert consolidate(claims, Measure.KILLED) == 106
    assert consolidate(claims, Measure.KILLED, attackers=True) == 8


def test_a_part_of_a_figure_is_not_added():
    claims = [claim(19, statement=1), claim(8, group="attackers", statement=1, subset=True)]
    assert consolidate(claims, Measure.KILLED) == 19


def test_the_highest_statement_wins_and_bounds_count_as_their_number():
    assert consolidate([claim(30, qualifier=Qualifier.MORE_THAN, statement=1), claim(35, statement=2)], Measure.KILLED) == 35
    assert consolidate([claim(33, doc="a"), claim(16, doc="b")], Measure.KILLED) == 33
    assert consolidate([claim(10, qualifier=Qualifier.RANGE, max_value=20)], Measure.KILLED) == 10


def test_vague_and_joint_figures_give_no_consolidated_figure():
    assert consolidate([claim(24, vague=True, qualifier=Qualifier.AT_LEAST)], Measure.KILLED) is None
    assert consolidate([claim(2, joint=True)], Measure.KILLED) is None
    assert consolidate([claim(12, qualifier=Qualifier.UP_TO, max_value=12)], Measure.KILLED) == 12


def build_corpus(gazetteer, *texts):
    extractions = [extract(parse_document(t.encode(), source=f"doc{i}.txt"), gazetteer) for i, t in enumerate(texts)]
    return link(extractions, gazetteer)


def test_two_wires_of_one_attack_are_one_event_with_two_claims(gazetteer):
    corpus = build_corpus(
        gazetteer,
        "Car bomb kills 12 in Baghdad\n\nBAGHDAD, March 3, 2014 — A car bomb exploded near a market in Baghdad's "
        "Ghazaliya district on Monday, killing 12 people and wounding 30, police said.",
        "Baghdad blast toll\n\nBAGHDAD, March 3, 2014 — At least 16 people were killed and 41 injured when a car bomb "
        "tore through a market in Ghazaliya on Monday, hospital officials said.",
    )
    attacks = [e for e in corpus.events if e.kind is EventKind.ATTACK]
    assert len(attacks) == 1
    event = attacks[0]
    assert len(event.members) == 2 and event.killed == 16 and event.injured == 41
    assert "same place" in event.fusion_reason


def test_two_bombings_in_one_city_on_different_days_stay_apart(gazetteer):
    corpus = build_corpus(
        gazetteer,
        "KIRKUK, May 2, 2014 — A roadside bomb killed 3 soldiers in Kirkuk on Friday.",
        "KIRKUK, May 9, 2014 — A roadside bomb killed 3 soldiers in Kirkuk on Friday.",
    )
    attacks = [e for e in corpus.events if e.kind is EventKind.ATTACK]
    assert len(attacks) == 2


def test_wires_without_a_date_fuse_only_on_the_day_of_the_week_they_tell(gazetteer):
    # wires filed without a date ("BAGHDAD (Reuters) -") still tell the day of the week
    corpus = build_corpus(
        gazetteer,
        "BAGHDAD (Reuters) - A suicide bomber blew himself up in Baghdad's Dora district on Tuesday, killing "
        "eight people, police said.",
        "BAGHDAD (AP) - A car bomb exploded in Baghdad's Dora district on Thursday, killing nine people.",
        "BAGHDAD, Feb 10, 2009 (AFP) - A suicide bomber killed eight people in the Dora district of Baghdad on "
        "Tuesday, police said.",
    )
    attacks = sorted((e for e in corpus.events if e.kind is EventKind.ATTACK), key=lambda e: len(e.members))
    assert [sorted(doc for doc, _ in e.members) for e in attacks] == [["doc1"], ["doc0", "doc2"]]
    assert attacks[1].key.startswith("2009-02-10/")  # 10 February 2009 was a Tuesday


# one bombing told by an English wire without a date and an Arabic report
_SARIA_MOSQUE_BOMBING = (
    "Mosque bombing in Baquba\n\nBAQUBA, Iraq (AP) - A bomb exploded near the Saria mosque in Baquba on Friday "
    "as worshippers were leaving prayers, killing 41 people and wounding 56, police said.",
    "تفجير جامع سارية\n\nبعقوبة، 17 أيار 2013 - قتل 45 شخصا وأصيب 70 آخرون بانفجار عبوة ناسفة قرب جامع "
    "سارية في بعقوبة يوم الجمعة.",
)


def test_a_place_no_list_knows_is_matched_across_scripts_and_tolls_may_differ_a_little(gazetteer):
    corpus = build_corpus(
        gazetteer,
        *_SARIA_MOSQUE_BOMBING,
        "BAQUBA, Iraq (Reuters) - A bomb exploded near the Badr mosque in Baquba on Friday, killing 8 people.",
    )
    attacks = sorted((e for e in corpus.events if e.kind is EventKind.ATTACK), key=lambda e: len(e.members))
    assert [sorted(doc for doc, _ in e.members) for e in attacks] == [["doc2"], ["doc0", "doc1"]]
    assert attacks[1].killed == 45 and "same place" in attacks[1].fusion_reason


def test_a_place_no_list_knows_named_alike_in_fused_tellings_is_one_place_with_both_labels(gazetteer):
    corpus = build_corpus(
        gazetteer,
        *_SARIA_MOSQUE_BOMBING,
        # a mosque spelled alike in a story of another day is not united with it
        "BAQUBA, Iraq, June 3, 2013 (Reuters) - A bomb exploded near the Sariya mosque in Baquba on Monday, "
        "killing 8 people.",
    )
    mosques = [e for e in corpus.entities if e.key.startswith("place:sari")]
    united = next(e for e in mosques if len({lang for lang, _ in e.labels}) == 2)
    assert sorted(united.labels) == [("ar", "جامع سارية"), ("en", "Saria mosque")]
    assert {m.doc_id for m in united.mentions} == {"doc0", "doc1"}
    assert not any(e.key.startswith("place:جامع") for e in corpus.entities)
    fused = next(e for e in corpus.events if e.kind is EventKind.ATTACK and len(e.members) == 2)
    told = [ev for x in corpus.extractions for ev in x.events if (x.document.doc_id, ev.key) in fused.members]
    assert all(united.key in ev.places for ev in told)
    assert any(e.key != united.key and "doc2" in {m.doc_id for m in e.mentions} for e in mosques)


def test_two_attacks_in_one_document_never_fuse(gazetteer):
    corpus = build_corpus(
        gazetteer,
        "MOSUL, May 2, 2014 — A car bomb killed 5 people in Mosul. In a separate attack, gunmen killed "
        "a policeman in Mosul.",
        "MOSUL, May 2, 2014 — A car bomb killed 5 people in Mosul.",
    )
    attacks = [e for e in corpus.events if e.kind is EventKind.ATTACK]
    assert len(attacks) == 2
    assert sorted(len(e.members) for e in attacks) == [1, 2]


def test_entities_are_one_across_languages(seed_build):
    entities = {e.key: e for e in seed_build.corpus.entities}
    for key in ("kirkuk", "jawahir-mall", "fallujah"):
        languages = {lang for lang, _ in entities[key].labels}
        assert languages == {"en", "ar"}, key
        assert {m.doc_id for m in entities[key].mentions} == {"000_872c42cec79fca4b", "001_4d726916c44ab01d"}


def test_seed_incidents_are_fused_across_languages(seed_build):
    events = seed_build.corpus.events
    attacks = [e for e in events if e.kind is EventKind.ATTACK]
    assert len(attacks) == 14
    single = [e for e in attacks if len(e.members) == 1]
    assert [e.key for e in single] == ["2013-12-04/ghazaliya-armed-assault"]  # only the English text tells it
    series = [e for e in events if e.kind is EventKind.SERIES]
    assert len(series) == 1 and (series[0].killed, series[0].injured) == (35, 133)
    checkpoint = next(e for e in attacks if e.key.startswith("2013-12-04/hamdaniya"))
    assert "places differ" in checkpoint.fusion_reason


def test_a_market_in_an_unlisted_district_fuses_with_its_telling_that_puts_it_in_the_city(gazetteer):
    # the English wire puts the market in New Delhi (a district it names is no listed place); the
    # Arabic report puts it in "كارول باغ", a district of two words no list knows: the containers
    # do not clash, and the two-word district is read whole
    corpus = build_corpus(
        gazetteer,
        "Bomb in Delhi market\n\nNEW DELHI, Sept 13, 2008 (Reuters) - A bomb exploded at Chandni Market in "
        "New Delhi on Saturday, killing 12 people.",
        "تفجير في نيودلهي\n\nنيودلهي، 13 أيلول/سبتمبر 2008 (أ ف ب) - انفجرت قنبلة اليوم السبت في سوق تشاندني "
        "بحي سارنا باغ التجاري، ما أدى إلى مقتل 12 شخصا.",
    )
    arabic = next(x for x in corpus.extractions if x.document.doc_id == "doc1")
    assert any(e.key == "place:سارنا-باغ" for e in arabic.entities)
    attacks = [e for e in corpus.events if e.kind is EventKind.ATTACK]
    assert [sorted(doc for doc, _ in e.members) for e in attacks] == [["doc0", "doc1"]]


def test_a_building_named_apart_fuses_through_the_district_both_tellings_put_it_in(gazetteer):
    corpus = build_corpus(
        gazetteer,
        "Car bomb kills 40 in Mumbai\n\nMUMBAI, March 14, 2003 (Reuters) - A car bomb blew up beside a crowded bus near "
        "Crescent Bazaar in the mill district of Worli on Friday, killing 40 people.",
        "انفجار سيارة مفخخة في بومباي\n\nبومباي، 14 آذار 2003 (أ ف ب) - قتل 52 شخصا يوم الجمعة بانفجار سيارة مفخخة قرب "
        "سوق الهلال في حي ورلي.",
    )
    attacks = [e for e in corpus.events if e.kind is EventKind.ATTACK]
    assert [sorted(doc for doc, _ in e.members) for e in attacks] == [["doc0", "doc1"]], [e.members for e in attacks]


def _with_places(extraction, *places):
    from dataclasses import replace

    from kg.model import Entity, EntityKind
    extra = tuple(Entity(key=key, kind=EntityKind.PLACE, labels=(("en", label),), subtype=subtype, located_in=located)
                  for key, label, subtype, located in places)
    return replace(extraction, entities=extraction.entities + extra)


def test_a_name_no_list_matched_that_is_a_listed_id_is_the_listed_place(gazetteer):
    from kg.link.resolve import link_entities
    story = "Blast in Mosul\n\nMOSUL, Iraq, March 3, 2014 — A bomb exploded in Mosul on Monday, killing 3 people."
    extraction = _with_places(extract(parse_document(story.encode(), source="a.txt"), gazetteer),
                              ("place:mosul", "Mosul", "town", None))
    linked, entities = link_entities([extraction], gazetteer)
    mosul = [e for e in entities if e.key in ("mosul", "place:mosul")]
    assert [(e.key, e.gazetteer_id, e.subtype) for e in mosul] == [("mosul", "mosul", gazetteer.get("mosul").subtype)]
    assert {e.subtype for e in linked[0].entities if e.key == "mosul"} == {gazetteer.get("mosul").subtype}


def test_a_place_split_by_its_container_has_one_type_across_documents(gazetteer):
    from kg.link.resolve import link_entities
    story = "Blast\n\nQUETTA, Pakistan, March 3, 2014 — A bomb exploded on Monday, killing 3 people."
    base = extract(parse_document(story.encode(), source="a.txt"), gazetteer)
    docs = [_with_places(base, ("place:shah-noorani", "Shah Noorani", subtype, container))
            for subtype, container in (("town", "khuzdar"), ("facility", "khuzdar"), ("town", "quetta"))]
    from dataclasses import replace
    docs = [replace(x, document=replace(x.document, doc_id=f"d{i}")) for i, x in enumerate(docs)]
    linked, _ = link_entities(docs, gazetteer)
    types = {(e.key, e.subtype) for x in linked for e in x.entities if e.key.startswith("place:shah-noorani")}
    assert types == {("place:shah-noorani@khuzdar", "facility"), ("place:shah-noorani@quetta", "town")}
