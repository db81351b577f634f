"""Claims of responsibility and reactions (condemnations, statements) as events of their own.

A sentence that says a group claimed responsibility becomes a claim-of-responsibility event whose
agent is the group and which concerns the attack it names (by place), the series ("the attacks"),
or else the main attack of the document; the group becomes that attack's perpetrator. A sentence in
which a country, an organisation or a person condemns or comments becomes a reaction. Negated
claims ("no group has claimed responsibility") make nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.annotate import ActorRef, DocumentAnnotations, Sentence, entity_key
from kg.extract.incidents import (TOWN_RANK, Assembly, Draft, blamed_groups, compatible_places, main_attack,
                                  not_an_author, on_day_of, told_on_another_day)
from kg.model import EntityKind, EventKind, Lang
from kg.text import arabic

_AGENT_KINDS = (EntityKind.ARMED_GROUP, EntityKind.ORGANISATION, EntityKind.PLACE, EntityKind.SECURITY_FORCE,
                EntityKind.PERSON)


def read_reactions(assembly: Assembly) -> None:
    ann = assembly.annotations
    for sentence in ann.sentences:
        b, e = sentence.begin, sentence.end
        negated = ann.has("negation", b, e)
        if sentence.section == "background":
            # only the claim of an earlier attack the sentence tells ("on 19 February 2017, a bomb
            # ... wounded some 30 people; the ELN claimed that attack")
            if (ann.has("responsibility", b, e) and not negated
                    and _earlier_attack_told(assembly, sentence, ann.markers_of("responsibility", b, e)[0].begin)):
                _claim(assembly, sentence)
            continue
        if ann.has("blame", b, e):
            _blame(assembly, sentence)
        if ann.has("responsibility", b, e) and not negated:
            _claim(assembly, sentence)
        elif (ann.has("condemnation", b, e) or ann.has("mourning", b, e) or _leader_statement(ann, sentence)
              or (sentence.section == "reactions" and ann.has("reaction", b, e))):
            _reaction(assembly, sentence)
    _merge_repeated(assembly)


def _merge_repeated(assembly: Assembly) -> None:
    """A claim (or a reaction) told twice, by the same agent about the same event, is one."""
    seen: dict[tuple, Draft] = {}
    for draft in list(assembly.drafts):
        if draft.kind not in (EventKind.CLAIM_OF_RESPONSIBILITY, EventKind.REACTION):
            continue
        key = (draft.kind, tuple(a.key for a in draft.agents), draft.about, draft.reaction)
        first = seen.get(key)
        if first is None:
            seen[key] = draft
            continue
        first.spans = sorted(set(first.spans) | set(draft.spans))
        # an explicit date of the repetition wins over the relative one of the first telling
        first.date_refs = [r for r in draft.date_refs if r.date] + first.date_refs + draft.date_refs
        assembly.drafts.remove(draft)


def _claim(assembly: Assembly, sentence: Sentence) -> None:
    ann = assembly.annotations
    marker = ann.markers_of("responsibility", sentence.begin, sentence.end)[0]
    groups = [a for a in ann.within(ann.actors, sentence.begin, sentence.end)
              if a.kind is EntityKind.ARMED_GROUP and not not_an_author(ann, a)] or _group_told_before(ann, sentence, marker.begin)
    if not groups:
        return
    # the group that claims is the subject: the first before the claim ("The Islamic State of Iraq,
    # an umbrella group that includes al-Qaida in Iraq, claimed ..."), a group the gazetteer knows first
    before = [g for g in groups if g.end <= marker.begin] or groups
    known = [g for g in before if g.key and not g.key.startswith("group:")]
    agent = (known or before)[0]
    draft = assembly.new(EventKind.CLAIM_OF_RESPONSIBILITY)
    draft.agents.append(agent)
    draft.spans.append((marker.begin, marker.end))
    draft.date_refs.extend(ann.within(ann.dates, sentence.begin, sentence.end))
    named = _named_attacks(assembly, sentence, marker.end)
    if len(named) > 1:
        # "claimed responsibility for the attacks in Gardez, Andar and Maiwand": each of them
        for incident in named:
            if all(a.key != agent.key for a in incident.actors):
                incident.actors.append(agent)
    about = named[0] if len(named) > 1 else _concerned(assembly, sentence, marker.end)
    if about is not None:
        draft.about = about.key
        if all(a.key != agent.key for a in about.actors):
            about.actors.append(agent)
        if about.kind is EventKind.SERIES and not _SOME_OF_THEM.match(ann.document.text, marker.end):
            # a group that claims the day's attacks claims each of them (not "تبنى تنظيم الدولة
            # الإسلامية اثنين منها": some of them, told next)
            for incident in assembly.drafts:
                if (incident.kind is EventKind.ATTACK and all(a.key != agent.key for a in incident.actors)
                        and on_day_of(assembly, incident, about)):
                    incident.actors.append(agent)


_SOME_OF_THEM = re.compile(r"\s*(?:\S+\s+){0,4}?(?:(?:one|two|three|some|several)\s+of\s+them\b"
                           r"|(?:اثنين|اثنتين|أحد|احد|إحدى|احدى|ثلاثة|ثلاث|بعض)\S*\s+منها(?![\u0621-\u064a]))", re.I)


# the group that claims, told by a pronoun: "After the explosions it claimed the attack"
_GROUP_PRONOUN = re.compile(r"\b(?:it|the\s+(?:group|movement|organi[sz]ation|militia|faction))\s+(?:[\w-]+\s+){0,2}$", re.I)


def _group_told_before(ann: DocumentAnnotations, sentence: Sentence, at: int) -> list[ActorRef]:
    """The group a pronoun before the claim stands for: the last one named earlier in the paragraph
    ("The Movement for the Emancipation of the Niger Delta had e-mailed journalists ... After the
    explosions it claimed the attack")."""
    if not _GROUP_PRONOUN.search(ann.document.text, max(sentence.begin, at - 40), at):
        return []
    before = [a for a in ann.within(ann.actors, 0, sentence.begin) if a.kind is EntityKind.ARMED_GROUP
              and not not_an_author(ann, a) and (told := ann.sentence_at(a.begin)) is not None and told.block == sentence.block]
    return before[-1:]


def _blame(assembly: Assembly, sentence: Sentence) -> None:
    """Groups a sentence blames or suspects ("the twin blasts bore the hallmarks of Boko Haram",
    "Authorities blamed Shining Path guerrillas") are suspects of the attack it is about, as a
    claim's group is the author of the attack it claims."""
    ann = assembly.annotations
    groups = blamed_groups(ann, sentence.begin, sentence.end)
    if not groups:
        return
    marker = ann.markers_of("blame", sentence.begin, sentence.end)[0]
    named = _named_attacks(assembly, sentence, marker.end)
    concerned = named if len(named) > 1 else [_concerned(assembly, sentence, marker.end)]
    for about in concerned:
        if about is None:
            continue
        for group in groups:
            if all(a.key != group.key for a in about.suspects):
                about.suspects.append(group)


def _reaction(assembly: Assembly, sentence: Sentence) -> None:
    """One reaction for the sentence's first marker; in Arabic, one more for each later marker
    with a speaker of its own after it ("ودان شيخ الأزهر التفجيرين، كما ندد البابا فرنسيس
    بالهجومين") and for each body joined to a speaker ("دانت الجامعة العربية والاتحاد الأفريقي")."""
    ann = assembly.annotations
    b, e = sentence.begin, sentence.end
    statements = ann.markers_of("statement", b, e) if _leader_statement(ann, sentence) else []
    markers = ann.markers_of("condemnation", b, e) + ann.markers_of("mourning", b, e)
    if not markers and sentence.section == "reactions":
        markers = ann.markers_of("reaction", b, e)
    markers = sorted(markers + statements, key=lambda m: m.begin)
    told: set[str] = set()
    fell_back = False
    for marker in markers:
        speakers = _speakers_after(ann, marker, e) if marker.kind != "statement" else _leaders(ann, sentence, marker)
        if not speakers and not fell_back and marker.kind != "statement":
            fell_back = True  # the first reaction's speaker, told before its verb
            speakers = _leaders(ann, sentence, marker)
            if not speakers and marker.kind != "mourning":
                agents = [a for a in ann.within(ann.actors, b, marker.begin) if a.kind in _AGENT_KINDS]
                if not agents:
                    agents = [a for a in ann.within(ann.actors, b, e) if a.kind in _AGENT_KINDS]
                speakers = [_subject(ann, agents, sentence, marker.begin)] if agents else []
            elif not speakers:
                speakers = _leaders(ann, sentence, marker, anywhere=True)
        for agent in speakers:
            if agent.key in told:
                continue
            told.add(agent.key)
            _react(assembly, sentence, marker, agent)


def _react(assembly: Assembly, sentence: Sentence, marker, agent: ActorRef) -> None:
    ann = assembly.annotations
    draft = assembly.new(EventKind.REACTION)
    draft.agents.append(agent)
    draft.reaction = "condemnation" if marker.kind == "condemnation" else "statement"
    draft.spans.append((marker.begin, marker.end))
    draft.date_refs.extend(ann.within(ann.dates, sentence.begin, sentence.end))
    about = _concerned(assembly, sentence, max(marker.end, agent.end if agent.begin >= marker.end else 0))
    if about is not None:
        draft.about = about.key


def _speakers_after(ann: DocumentAnnotations, marker, end: int) -> list[ActorRef]:
    """The speakers Arabic names after a reaction's verb; for a declaration of mourning, after the
    verb that declares it ("وأعلن الرئيس فرماجو الحداد")."""
    if marker.kind != "mourning":
        first = _speaker_after(ann, marker.end, end)
        return [] if first is None else [first, *_joined_speakers(ann, first, end)]
    verb = _last(_DECLARED.finditer(ann.document.text, max(0, marker.begin - 150), marker.begin))
    if verb is None:
        return []
    found = _speaker_after(ann, verb.end(), marker.begin, to_end=True)
    return [] if found is None else [found]


def _leader_statement(ann: DocumentAnnotations, sentence: Sentence) -> bool:
    """Might the sentence tell what a leader said of the attack: a statement verb, and no casualty
    figures (a president's toll is an account, not a reaction)?"""
    b, e = sentence.begin, sentence.end
    return ann.has("statement", b, e) and not ann.within(ann.figures, b, e)


def _leaders(ann: DocumentAnnotations, sentence: Sentence, marker, *, anywhere: bool = False) -> list[ActorRef]:
    """The leader who makes a statement: in Arabic named after the verb ("ووصف الرئيس الباجي قائد
    السبسي الهجوم"), in English before it ("President Ashraf Ghani said", "Prime Minister Nawaz
    Sharif, who flew to Peshawar the same day, called the attack"), or `anywhere` before it
    ("President Mahamadou Issoufou cut short a visit to Egypt and declared three days of mourning")."""
    lexicon = ann.lexicon
    if ann.document.lang is Lang.AR:
        found = _speaker_after(ann, marker.end, sentence.end, titles=lexicon.folded("reactions.leaders"))
        return [] if found is None else [found]
    text = ann.document.text
    leader = _last(_leader_regex(lexicon).finditer(text, sentence.begin, marker.begin))
    if leader is None or not (anywhere or _LEADER_TO_VERB.fullmatch(text, leader.end(), marker.begin)):
        return []
    begin, end = leader.span()
    known = [a for a in ann.within(ann.actors, begin, end) if a.kind is EntityKind.PERSON]
    if known:
        return known[-1:]
    name = text[begin:end]
    return [ActorRef(begin, end, name, entity_key(EntityKind.PERSON, name, Lang.EN), EntityKind.PERSON)]


def _last(matches: Iterator[re.Match]) -> re.Match | None:
    last = None
    for last in matches:
        pass
    return last


_LEADER_REGEX: dict[Lang, re.Pattern] = {}
# between a leader's name and the verb: an apposition or a time ("Malala Yousafzai, the Nobel laureate,
# said", "Guterres said on 24 March")
_LEADER_TO_VERB = re.compile(r"\s*(?:,[^,;.]{0,120},\s*)?(?:(?:on|late|early)\s+\w+\s+)?")


def _leader_regex(lexicon) -> re.Pattern:
    key = lexicon.lang
    if key not in _LEADER_REGEX:
        titles = "|".join(re.escape(t) for t in sorted(lexicon.words("reactions.leaders"), key=len, reverse=True))
        _LEADER_REGEX[key] = re.compile(
            rf"(?:\b(?:UN|U\.N\.|United\s+Nations|[A-Z][a-z]+)\s+)?\b(?:{titles})\s+"
            rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’-]+")
    return _LEADER_REGEX[key]


_DECLARED = re.compile(r"(?<![\u0621-\u064a])[وف]?(?:أعلن|اعلن|أعلنت|اعلنت)(?![\u0621-\u064a])")


def _joined_speakers(ann: DocumentAnnotations, first: ActorRef, end: int) -> list[ActorRef]:
    """Speakers joined to the first by و ("الجامعة العربية والاتحاد الأفريقي"): each opens with و and
    a title or body of the lexicon."""
    out: list[ActorRef] = []
    head = re.match(r"\s+و(?=[\u0621-\u064a])", ann.document.text[first.end : end])
    while head is not None:
        found = _speaker_after(ann, first.end + head.end() - 1, end, joined=True)
        if found is None:
            break
        out.append(found)
        first = found
        head = re.match(r"\s+و(?=[\u0621-\u064a])", ann.document.text[first.end : end])
    return out


_SPEAKER_END = re.compile(r"[,،.:;؛\"«»()\n]")


def _speaker_after(ann: DocumentAnnotations, verb_end: int, end: int, *, to_end: bool = False,
                   joined: bool = False, titles: frozenset[str] | None = None) -> ActorRef | None:
    """Arabic puts the one who reacts after the verb: a name the text knows that opens the words
    after it ("ودان الاتحاد الأفريقي الهجوم"), or a title and the name it introduces up to what is
    condemned ("دان رئيس مجلس النواب أسامة النجيفي التفجيرات"), or up to `end` (`to_end`). A
    `joined` speaker opens with و ("والاتحاد الأفريقي") and ends at the next و or what is condemned."""
    if ann.document.lang is not Lang.AR:
        return None
    text = ann.document.text
    stop = _SPEAKER_END.search(text, verb_end, end)
    words = arabic.words(text[verb_end : stop.start() if stop else end])
    if joined and words and words[0][2].startswith("و"):
        words = [(words[0][0] + 1, words[0][1], words[0][2][1:]), *words[1:]]
    elif joined:
        return None
    if not words:
        return None
    first = verb_end + words[0][0]
    lexicon = ann.lexicon
    opening = {" ".join(w for _, _, w in words[:n]) for n in (1, 2, 3)}
    known = [a for a in ann.actors if a.begin == first and a.kind in _AGENT_KINDS]
    if titles is not None:
        if not opening & titles:
            return None  # a statement is a leader's
    elif known:
        return known[0]
    if opening & lexicon.folded("reactions.agent_persons") or titles is not None:
        kind = EntityKind.PERSON
    elif opening & lexicon.folded("reactions.agent_bodies"):
        kind = EntityKind.ORGANISATION
    else:
        return None
    condemned = lexicon.folded("reactions.condemned")
    dated = [r.begin for r in ann.within(ann.dates, verb_end, end)]
    openers = lexicon.folded("reactions.agent_persons") | lexicon.folded("reactions.agent_bodies")
    taken = []
    for word in words[:8]:
        if word[2] in condemned or (word[2][:1] in "وف" or word[2].startswith("بال")) and word[2][1:] in condemned:
            break
        if (dated and verb_end + word[1] > dated[0]) or word[2] in lexicon.folded("dates.time_words"):
            break  # "وأعلن رئيس الحكومة تمام سلام يوم الجمعة حداداً": the speaker ends before the day
        if taken and word[2][:1] == "و" and {word[2][1:], arabic.without_article(word[2][1:])} & openers:
            break  # "الجامعة العربية والاتحاد الأفريقي": the next speaker
        taken.append(word)
    if not taken or (not to_end and len(taken) == len(words[:8]) == 8):
        return None
    begin, finish = verb_end + taken[0][0], verb_end + taken[-1][1]
    name = text[begin:finish]
    return ActorRef(begin, finish, name, entity_key(kind, name, Lang.AR), kind)


def _subject(ann: DocumentAnnotations, actors: list[ActorRef], sentence: Sentence, verb: int) -> ActorRef:
    """Who reacts: the first actor of the clause that ends at the verb ("The top U.N. envoy to Iraq
    condemned": the U.N., not Iraq)."""
    text = ann.document.text
    start = max(text.rfind(",", sentence.begin, verb), text.rfind(";", sentence.begin, verb), text.rfind("،", sentence.begin, verb))
    start = sentence.begin if start < 0 else start
    in_clause = [a for a in actors if start <= a.begin and a.end <= verb]
    return in_clause[0] if in_clause else _nearest(actors, verb)


def _nearest(actors: list[ActorRef], position: int) -> ActorRef:
    before = [a for a in actors if a.end <= position]
    if before:
        return before[-1]
    return min(actors, key=lambda a: abs(a.begin - position))


def _named_attacks(assembly: Assembly, sentence: Sentence, after: int) -> list[Draft]:
    """The attacks a sentence names by their places after a word (in the order told)."""
    ann = assembly.annotations
    places = [p for p in ann.within(ann.places, after, sentence.end) if p.rank > 2 and not p.reference]
    named = []
    for place in places:
        for draft in assembly.drafts:
            if (draft.kind is EventKind.ATTACK and draft.specific_places and draft not in named
                    and compatible_places(assembly, draft.specific_places, [place])):
                named.append(draft)
                break
    return named


def _concerned(assembly: Assembly, sentence: Sentence, after: int) -> Draft | None:
    """The attack a claim or reaction is about: one it names by place, the series when it speaks
    of attacks in the plural, else the document's main attack."""
    ann = assembly.annotations
    attacks = [d for d in assembly.drafts if d.kind is EventKind.ATTACK]
    # (not where its source is: "officials in Baghdad blamed ...")
    places = [p for p in ann.within(ann.places, sentence.begin, sentence.end) if p.rank > 2 and p.reference is not True]
    if assembly.series is not None and _PLURAL_CONCERNED.match(ann.document.text, after):
        return assembly.series  # "تبنى تنظيم الدولة الإسلامية الهجمات في بيان باسم ولاية صنعاء"
    earlier = _earlier_attack_told(assembly, sentence, after)
    if earlier is not None:
        return earlier  # "on Sept. 20, a car bomb in Ankara's central Kizilay district killed three people ...; that attack was claimed by the TAK"
    if _THAT_ATTACK.search(ann.document.text, sentence.begin, after):
        # "On Saturday, twin bombings at the Bab al-Saghir cemetery ... killed 74 people. The jihadist
        # alliance Tahrir al-Sham claimed that attack": the one told last
        told = [d for d in assembly.drafts if d.kind is EventKind.ATTACK and d.spans and min(d.spans)[0] < after]
        if told:
            return max(told, key=lambda d: max(b for b, _ in d.spans if b < after))
    if places:
        placed = [d for d in attacks if d.specific_places and compatible_places(assembly, d.specific_places, places)]
        if len(placed) == 1 or placed and (assembly.series is None or any(p.rank > TOWN_RANK for p in places)):
            return placed[0]
        # a town several attacks of the series took place in names none of them ("the Baghdad
        # operations command said al-Qaeda's fingerprints were on the bombings")
    text = ann.document.text[after : sentence.end].lower()
    plural = any(word in text[:60] for word in ("attacks", "bombings", "الهجمات", "التفجيرات", "هجمات", "التفجيرين",
                                                  "الهجومين", "الانفجارين", "الاعتداءات"))
    singular = re.search(r"\bthe\s+(?:attack|bombing|blast|explosion|assault|shooting|kidnapping|siege)\b|"
                         r"(?:الهجوم|التفجير|الانفجار|الاعتداء)(?![\u0621-\u064a])",
                         ann.document.text[sentence.begin : sentence.end].lower())
    if assembly.series is not None and (plural or not singular):
        return assembly.series
    if sentence.section == "body":
        # in the body of a story, "the attack" is the one just told
        before = [d for d in attacks if d.spans and min(d.spans)[0] < sentence.begin]
        # not one told in passing on a day of its own ("a Jan. 2, 2016, assault on the Pathankot air base")
        today = [d for d in before if not told_on_another_day(assembly, d)]
        before = today or before
        if before:
            return before[-1]
    first = attacks[0] if attacks else None
    return first or assembly.series


_THAT_ATTACK = re.compile(r"\bthat\s+(?:attack|bombing|assault|blast|explosion|shooting)\b", re.I)


def _earlier_attack_told(assembly: Assembly, sentence: Sentence, before: int) -> Draft | None:
    """The attack of a day other than the story's that the sentence tells before `before`."""
    for draft in reversed(assembly.drafts):
        if draft.kind is not EventKind.ATTACK or not any(sentence.begin <= b < before for b, _ in draft.spans):
            continue
        days = {r.date for r in draft.date_refs if r.date is not None}
        if assembly.anchor is not None and days and assembly.anchor not in days:
            return draft
    return None


_PLURAL_CONCERNED = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:the\s+)?(?:attacks|bombings|blasts)\b"
                               r"|\s*(?:\S+\s+){0,3}?[وف]?(?:الهجمات|التفجيرات|الهجومين|التفجيرين)(?!\w)", re.I)
