"""Reading figures and casualty claims, in English and Arabic, for the genre (not only the seeds)."""

from __future__ import annotations

import pytest

from kg.extract.casualties import find_figures
from kg.extract.figures import parse_figure
from kg.extract.lexicon import load_lexicon
from kg.extract.view import TextView
from kg.model import Lang, Measure, Qualifier


@pytest.mark.parametrize("text,value,qualifier,high,group", [
    ("at least 3 Iraqi policemen", 3, Qualifier.AT_LEAST, None, "police"),
    ("more than 1,045 people", 1045, Qualifier.MORE_THAN, None, "people"),
    ("between 10 and 20 people", 10, Qualifier.RANGE, 20, "people"),
    ("twenty-five civilians", 25, Qualifier.EXACT, None, "civilians"),
    ("a former police chief", 1, Qualifier.EXACT, None, "police"),
    ("two hundred and fifty worshippers", 250, Qualifier.EXACT, None, "civilians"),
    ("about 40 soldiers", 40, Qualifier.ABOUT, None, "soldiers"),
    ("up to 12 people", 12, Qualifier.UP_TO, 12, "people"),
    ("dozens of people", 24, Qualifier.AT_LEAST, None, "people"),
    ("a militant leader", 1, Qualifier.EXACT, None, "attackers"),
    ("54 security personnel", 54, Qualifier.EXACT, None, "security-forces"),
])
def test_english_figures(text, value, qualifier, high, group):
    figure = parse_figure(text, load_lexicon(Lang.EN))
    assert (figure.value, figure.qualifier, figure.max_value, figure.group) == (value, qualifier, high, group)


@pytest.mark.parametrize("text,value,qualifier,high,group", [
    ("أكثر من 30 شخصا", 30, Qualifier.MORE_THAN, None, "people"),
    ("ما بين 10 و20 شخصا", 10, Qualifier.RANGE, 20, "people"),
    ("106 على الأقل", 106, Qualifier.AT_LEAST, None, "people"),
    ("قتيلان", 2, Qualifier.EXACT, None, "people"),
    ("شرطيين", 2, Qualifier.EXACT, None, "police"),
    ("ثلاثة وعشرون مدنيا", 23, Qualifier.EXACT, None, "civilians"),
    ("٣ من رجال الشرطة", 3, Qualifier.EXACT, None, "police"),
    ("نحو 40 جنديا", 40, Qualifier.ABOUT, None, "soldiers"),
    ("عشرات المدنيين", 20, Qualifier.AT_LEAST, None, "civilians"),
])
def test_arabic_figures(text, value, qualifier, high, group):
    figure = parse_figure(text, load_lexicon(Lang.AR))
    assert (figure.value, figure.qualifier, figure.max_value, figure.group) == (value, qualifier, high, group)


def claims(text: str, lang: Lang):
    view = TextView.of(text, lang)
    return [(f.measure, f.figure.value, f.figure.group) for f in find_figures(view, 0, len(text), load_lexicon(lang))]


@pytest.mark.parametrize("text,expected", [
    ("A suicide bomber killed 12 people at a market in Baghdad, police said.",
     [(Measure.KILLED, 12, "people")]),
    ("The blast left 5 dead and 10 wounded.",
     [(Measure.KILLED, 5, "people"), (Measure.INJURED, 10, "people")]),
    ("Gunmen attacked a checkpoint, killing 3 policemen and injuring 4 others.",
     [(Measure.KILLED, 3, "police"), (Measure.INJURED, 4, "people")]),
    ("At least seven soldiers were killed and nine were wounded in the ambush.",
     [(Measure.KILLED, 7, "soldiers"), (Measure.INJURED, 9, "people")]),
    ("The death toll rose to 45 on Tuesday.", [(Measure.KILLED, 45, "people")]),
    ("Militants kidnapped two engineers near Kirkuk.", [(Measure.HOSTAGES_TAKEN, 2, "civilians")]),
    ("The attack killed 19 people, including 8 attackers.",
     [(Measure.KILLED, 19, "people"), (Measure.KILLED, 8, "attackers")]),
    ("Officials initially said 81 people were wounded, but the figure was raised to 111 on Monday.",
     [(Measure.INJURED, 81, "people"), (Measure.INJURED, 111, "people")]),
    ("The spokesman said 121 students and three staff members were wounded.",
     [(Measure.INJURED, 121, "civilians"), (Measure.INJURED, 3, "people")]),
    ("Forty-eight people were taken to hospitals, 21 of them in critical condition.",
     [(Measure.INJURED, 48, "people")]),
    ("The bodies of 12 people were taken to hospital.", []),
    ("The bombers killed at least 60 Afghans and 13 U.S. troops, officials said.",
     [(Measure.KILLED, 60, "people"), (Measure.KILLED, 13, "soldiers")]),
    ("At least 27 soldiers and civilians were killed in and around the base.",
     [(Measure.KILLED, 27, "soldiers")]),
    # the part ends at ", and": the figure after it is the wounded
    ("The bomb left 20 dead, including 15 civilians and five soldiers, and 81 wounded.",
     [(Measure.KILLED, 20, "people"), (Measure.KILLED, 15, "civilians"), (Measure.KILLED, 5, "soldiers"),
      (Measure.INJURED, 81, "people")]),
])
def test_english_claims(text, expected):
    assert claims(text, Lang.EN) == expected


@pytest.mark.parametrize("text,expected", [
    ("قتل 5 أشخاص وأصيب 12 آخرون بجروح في انفجار سيارة مفخخة في بغداد.",
     [(Measure.KILLED, 5, "people"), (Measure.INJURED, 12, "people")]),
    ("أسفر الهجوم عن مقتل شرطيين وإصابة ثلاثة مدنيين.",
     [(Measure.KILLED, 2, "police"), (Measure.INJURED, 3, "civilians")]),
    ("لقي 7 جنود حتفهم في كمين.", [(Measure.KILLED, 7, "soldiers")]),
    ("خطف مسلحون 4 مهندسين أتراك كرهائن.", [(Measure.HOSTAGES_TAKEN, 4, "people")]),
])
def test_arabic_claims(text, expected):
    assert claims(text, Lang.AR) == expected


def test_together_with_takes_the_measure_before():
    found = claims("11 people were killed in the attack, together with 8 attackers.", Lang.EN)
    assert found == [(Measure.KILLED, 11, "people"), (Measure.KILLED, 8, "attackers")]
