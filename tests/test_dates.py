"""Dates in both languages and month systems; relative expressions resolved against the anchor."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import DateRef, find_dates, resolve
from kg.extract.lexicon import load_lexicon
from kg.extract.view import TextView
from kg.model import Lang


def dates(text: str, lang: Lang, year: int | None = None):
    view = TextView.of(text, lang)
    return find_dates(view, 0, len(text), load_lexicon(lang), year=year)


@pytest.mark.parametrize("text,expected", [
    ("KIRKUK, Iraq, Jan. 16, 2013 — A bomb", dt.date(2013, 1, 16)),
    ("On 4 December 2013, a series", dt.date(2013, 12, 4)),
    ("on December 4, 2013", dt.date(2013, 12, 4)),
    ("dated 2014-06-10", dt.date(2014, 6, 10)),
    ("Rudaw\n12-11-2020\n", dt.date(2020, 11, 12)),  # day first
    ("posted 12.11.2020", dt.date(2020, 11, 12)),
    ("posted 11/25/2020", dt.date(2020, 11, 25)),  # the day cannot be a month: month first
])
def test_english_absolute(text, expected):
    assert [d.date for d in dates(text, Lang.EN) if d.date] == [expected]


@pytest.mark.parametrize("text,expected", [
    ("كركوك، 16 كانون الثاني 2013 –", dt.date(2013, 1, 16)),
    ("4 ديسمبر 2013: ضربت", dt.date(2013, 12, 4)),
    ("في 10 حزيران 2014", dt.date(2014, 6, 10)),
    ("يوم 3 أيلول عام 2015", dt.date(2015, 9, 3)),
    ("بتاريخ ٢١/٠٤/٢٠١٣", dt.date(2013, 4, 21)),
])
def test_arabic_absolute(text, expected):
    assert [d.date for d in dates(text, Lang.AR) if d.date] == [expected]


def test_dates_without_year_take_the_documents_year():
    assert [d.date for d in dates("on March 3 the bomb", Lang.EN, year=2014)] == [dt.date(2014, 3, 3)]


def test_relative_expressions():
    found = dates("on Wednesday, and the same day, a day after that", Lang.EN)
    assert [(d.relative, d.weekday) for d in found] == [("weekday", 2), ("same-day", None), ("next-day", None)]
    arabic = dates("يوم الأربعاء وفي نفس اليوم", Lang.AR)
    assert [d.relative for d in arabic] == ["weekday", "same-day"]


def test_resolution():
    anchor = dt.date(2013, 1, 16)  # a Wednesday
    assert resolve(DateRef(0, 1, relative="weekday", weekday=0), anchor=anchor, current=None) == dt.date(2013, 1, 14)
    assert resolve(DateRef(0, 1, relative="weekday", weekday=2), anchor=anchor, current=None) == anchor
    assert resolve(DateRef(0, 1, relative="next-day"), anchor=anchor, current=dt.date(2013, 1, 10)) == dt.date(2013, 1, 11)
    assert resolve(DateRef(0, 1, relative="yesterday"), anchor=anchor, current=None) == dt.date(2013, 1, 15)
