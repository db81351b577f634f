"""Recognise the structure of an article: title, infobox, headings, paragraphs, bullets.

Understands the light wiki-like markup of encyclopedia exports (`= Title =`, `== Heading ==`,
an `Infobox` line followed by `- Key: Value` lines, `- ` bullets) and plain news text (a short
first line without final punctuation is a headline; a short unpunctuated line between paragraphs is
a heading). Every span is an offset into the original text; nothing is removed or rewritten.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.errors import DocumentError
from kg.model import Block, BlockKind, InfoboxField, Span

_HEADING = re.compile(r"^(=+)\s*(.*?)\s*(=+)\s*$")
_INFOBOX_START = re.compile(r"^\s*(?:\{\{\s*)?infobox\b.*$", re.IGNORECASE)
_INFOBOX_FIELD = re.compile(r"^\s*-\s*([^:\n]*?)\s*:\s?(.*?)\s*$")
_WIKI_FIELD = re.compile(r"^\s*\|\s*([^=\n]*?)\s*=\s?(.*?)\s*$")
# a field of an infobox written without markup ("Location: Garissa, Kenya", "القتلى: 45")
_BARE_FIELD = re.compile(r"^\s*([^\W\d_][\w \-/()'.]{0,28}?)\s*:\s+(\S.*?)\s*$", re.UNICODE)
_MIN_BARE_FIELDS = 3
# the same as bullets right under the title ("- Location: Brussels Airport, Zaventem"): short values
_DASHED_FIELD = re.compile(r"^\s*[-*•]\s*([^\W\d_][\w \-/()'.]{0,28}?)\s*:\s+(\S.*?)\s*$", re.UNICODE)
_MAX_DASHED_VALUE_WORDS = 14
_BULLET = re.compile(r"^\s*(?:[-*•]\s*)+")
_KEY = re.compile(r"^[^\W\d_][\w \-/()'.]*$", re.UNICODE)
_END_PUNCT = re.compile(r"[.!?؟:;؛,،\"'”»)\]]\s*$")
_MAX_HEADING_WORDS = 8


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(begin, end, content) of each line, end excluding the line break."""
    out = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        out.append((pos, pos + len(content), content))
        pos += len(raw)
    return out


def _trimmed(begin: int, content: str) -> Span:
    left = len(content) - len(content.lstrip())
    right = len(content.rstrip())
    return Span(begin + left, begin + max(left, right))


def _looks_like_heading(content: str) -> bool:
    stripped = content.strip()
    if not stripped or len(stripped) > 80 or _END_PUNCT.search(stripped):
        return False
    if re.search(r"\[\d+\]\s*$", stripped):
        return False
    return len(stripped.split()) <= _MAX_HEADING_WORDS


def _looks_like_headline(content: str) -> bool:
    """The first line of a news story: a short line without the punctuation that ends a sentence."""
    stripped = content.strip()
    if not stripped or len(stripped) > 200 or re.search(r"[.!?؟]\s*$|\[\d+\]\s*$", stripped):
        return False
    return len(stripped.split()) <= 25


def parse_structure(
    text: str, *, path: str | Path | None = None
) -> tuple[tuple[Block, ...], tuple[InfoboxField, ...], Span | None]:
    """Blocks, infobox fields and title span of a document's text. Raises DocumentError for a
    malformed infobox line."""
    lines = _lines(text)
    blocks: list[Block] = []
    fields: list[InfoboxField] = []
    title: Span | None = None
    section = ""
    in_infobox = False
    wiki_infobox = False
    first_content = True

    bare = _bare_infobox(lines)
    first_bare = min(bare, default=None)
    for index, (begin, end, content) in enumerate(lines):
        lineno = index + 1
        stripped = content.strip()
        if not stripped:
            if in_infobox and fields:
                in_infobox = False
            continue

        if index in bare:
            if index == first_bare:
                blocks.append(Block(BlockKind.INFOBOX, _trimmed(begin, content), section))
            fields.append(_field(begin, bare[index], lineno))
            first_content = False
            continue

        if in_infobox:
            if wiki_infobox and stripped.startswith("}}"):
                in_infobox = False
                continue
            pattern = _WIKI_FIELD if wiki_infobox else _INFOBOX_FIELD
            match = pattern.match(content)
            if match is None:
                if stripped.startswith(("-", "|")) or not fields:
                    raise DocumentError(
                        f"malformed infobox line: {stripped[:60]!r}",
                        kind="infobox",
                        path=path,
                        line=lineno,
                        hint="write infobox lines as '- Key: Value'",
                    )
                in_infobox = False  # the infobox ended without a blank line
            else:
                key = match.group(1)
                if not _KEY.match(key):
                    raise DocumentError(
                        f"malformed infobox key {key!r}",
                        kind="infobox",
                        path=path,
                        line=lineno,
                        hint="an infobox key is a word or short phrase before ':'",
                    )
                fields.append(_field(begin, match, lineno))
                continue

        if _opens_infobox(content):
            in_infobox = True
            wiki_infobox = stripped.startswith("{{")
            blocks.append(Block(BlockKind.INFOBOX, _trimmed(begin, content), section))
            first_content = False
            continue

        heading = _HEADING.match(content)
        if heading and heading.group(2) and len(heading.group(1)) == len(heading.group(3)):
            level = len(heading.group(1))
            span = Span(begin + heading.start(2), begin + heading.end(2))
            if level == 1 and title is None:
                title = span
                blocks.append(Block(BlockKind.TITLE, span, "", 1))
            else:
                section = heading.group(2)
                blocks.append(Block(BlockKind.HEADING, span, section, level))
            first_content = False
            continue

        bullet = _BULLET.match(content)
        if bullet and stripped[:1] in "-*•":
            span = Span(begin + bullet.end(), end)
            span = _trimmed(span.begin, text[span.begin : span.end])
            if span.end > span.begin:
                blocks.append(Block(BlockKind.BULLET, span, section))
            first_content = False
            continue

        next_content = _next_content(lines, index)
        if first_content and title is None and _looks_like_headline(content) and next_content:
            title = _trimmed(begin, content)
            blocks.append(Block(BlockKind.TITLE, title, "", 1))
        elif _looks_like_heading(content) and next_content and blocks and not first_content:
            span = _trimmed(begin, content)
            section = text[span.begin : span.end]
            blocks.append(Block(BlockKind.HEADING, span, section, 2))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, _trimmed(begin, content), section))
        first_content = False

    return tuple(blocks), tuple(fields), title


def _field(begin: int, match: re.Match, lineno: int) -> InfoboxField:
    """An infobox field from its line's match (group 1 the key, group 2 the value)."""
    key_begin, value_begin = begin + match.start(1), begin + match.start(2)
    return InfoboxField(key=match.group(1), value=match.group(2),
                        key_span=Span(key_begin, key_begin + len(match.group(1))),
                        value_span=Span(value_begin, value_begin + len(match.group(2))), line=lineno)


def _opens_infobox(content: str) -> bool:
    return bool(_INFOBOX_START.match(content)) and len(content.split()) <= 4


def _bare_infobox(lines: list[tuple[int, int, str]]) -> dict[int, re.Match]:
    """The lines (index -> key and value match) of an infobox written as plain "Key: Value" lines:
    the first run of at least three such lines, before the second paragraph of running prose (an
    encyclopedia page may open with its lead sentence and give the infobox after it)."""
    run: dict[int, re.Match] = {}
    prose = 0
    for index, (_, _, content) in enumerate(lines):
        stripped = content.strip()
        if _opens_infobox(content):
            return {}  # an infobox with its own header line
        match = _BARE_FIELD.match(content)
        if match and len(match.group(1).split()) <= 4 and not stripped.startswith(("-", "|", "*")):
            run[index] = match
            continue
        # bullets of keys and short values before the story (a list of incidents has long values)
        dashed = _DASHED_FIELD.match(content)
        if (dashed and prose <= 1 and len(dashed.group(1).split()) <= 4
                and len(dashed.group(2).split()) <= _MAX_DASHED_VALUE_WORDS):
            run[index] = dashed
            continue
        if len(run) >= _MIN_BARE_FIELDS:
            return run
        run = {}
        if len(stripped.split()) > 25:
            prose += 1
            if prose > 1:
                return {}  # the story has begun
    return run if len(run) >= _MIN_BARE_FIELDS else {}


def _next_content(lines: list[tuple[int, int, str]], index: int) -> str | None:
    for _, _, content in lines[index + 1 :]:
        if content.strip():
            return content
    return None


_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
_CITATION = re.compile(r"\[(?:\d+|[a-z ]+needed|citation needed)\]|\^", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
MIN_RUNNING_LETTERS = 20


def check_running_text(text: str, blocks: tuple[Block, ...], *, path: str | Path | None = None) -> None:
    """Raise DocumentError (kind "no-text") when the document has no running text: nothing but a
    title, headings, an infobox, citation markers, links, or sections of references (the headings
    of such sections are listed in kg/ingest/ingest.toml)."""
    from kg.ingest.lang import reading_data

    apparatus = {name.casefold() for name in reading_data()["boilerplate"]["sections"]}
    letters = 0
    for block in blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.BULLET):
            continue
        if block.section.strip().casefold() in apparatus:
            continue
        content = _CITATION.sub(" ", _URL.sub(" ", text[block.span.begin : block.span.end]))
        letters += len(_LETTER.findall(content))
        if letters >= MIN_RUNNING_LETTERS:
            return
    raise DocumentError(
        f"document has no running text besides its title, headings, infobox and references ({letters} letters)",
        kind="no-text",
        path=path,
        hint="kg reads articles: add the article's text, or remove the file",
    )
