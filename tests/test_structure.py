"""Structure of articles: title, infobox, headings, bullets; offsets always into the original."""

from __future__ import annotations

import pytest

from conftest import EN_SEED
from kg.errors import DocumentError
from kg.ingest.reader import parse_document
from kg.ingest.structure import parse_structure
from kg.model import BlockKind
from kg.text.tokens import mask_citations


def test_english_seed_structure():
    document = parse_document(EN_SEED.read_bytes(), source=EN_SEED.name)
    text = document.text
    assert text[document.title.begin : document.title.end] == "4 December 2013 Iraq attacks"
    fields = {f.key: f for f in document.infobox}
    assert fields["Fatalities"].value == "35" and fields["Injuries"].value == "133"
    for item in document.infobox:
        assert text[item.key_span.begin : item.key_span.end] == item.key
        assert text[item.value_span.begin : item.value_span.end] == item.value
    headings = [text[b.span.begin : b.span.end] for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == ["Background", "Kirkuk attack", "Other incidents", "Reactions and aftermath"]
    bullets = [b for b in document.blocks if b.kind is BlockKind.BULLET]
    assert len(bullets) == 2 and text[bullets[1].span.begin :].startswith("The United States condemned")
    assert all(b.section == "Reactions and aftermath" for b in bullets)


def test_plain_news_text_headline_and_headings():
    text = "Bombs kill 12 in Baghdad\n\nBAGHDAD, Iraq — A car bomb killed 12 people.\nReactions\nThe UN condemned it.\n"
    blocks, infobox, title = parse_structure(text)
    assert text[title.begin : title.end] == "Bombs kill 12 in Baghdad"
    assert [b.kind for b in blocks] == [BlockKind.TITLE, BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH]
    assert blocks[3].section == "Reactions"


def test_malformed_infobox_line_names_the_line():
    text = "= T =\n\nInfobox\n- Date: 4 December 2013\n- Fatalities 35\n"
    with pytest.raises(DocumentError) as err:
        parse_structure(text, path="bad.wiki")
    assert err.value.kind == "infobox" and err.value.line == 5 and "bad.wiki:5" in str(err.value)


def test_wikitext_infobox():
    text = "{{Infobox civilian attack\n| title = Kirkuk attack\n| fatalities = 35\n}}\nText of the article here.\n"
    _, infobox, _ = parse_structure(text)
    assert [(f.key, f.value) for f in infobox] == [("title", "Kirkuk attack"), ("fatalities", "35")]


def test_citation_markers_are_masked_without_moving_offsets():
    text = "killed 11 people.[4][5] Then [citation needed] more."
    masked = mask_citations(text)
    assert len(masked) == len(text)
    assert "[" not in masked and masked.index("Then") == text.index("Then")


def test_crlf_text_keeps_offsets():
    text = "= Title =\r\n\r\nA car bomb killed 3 people in Baghdad.\r\n"
    blocks, _, title = parse_structure(text)
    assert text[title.begin : title.end] == "Title"
    paragraph = blocks[-1]
    assert text[paragraph.span.begin : paragraph.span.end] == "A car bomb killed 3 people in Baghdad."
