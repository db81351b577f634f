"""The consolidated figures of an event, from all the casualty claims its sources make.

The rule (documented in the README, "Consolidated figures"):

1. A statement is what one sentence of one source says of one measure: "54 security personnel and
   52 civilians were injured" is one statement of 106 injured. Its figure is the sum of its claims,
   leaving out claims that are part of another figure ("including 3 policemen") and, for killed and
   injured, claims about the attackers ("together with 8 attackers"): attackers are not counted
   among the victims unless the text counts them so ("19 people, including 8 attackers").
2. A figure stated with a qualifier counts as its number: "more than 30" and "at least 30" as 30,
   "about 30" as 30, "between 10 and 20" as 10. Vague quantities ("dozens", "several") and figures
   shared by several incidents ("two separate IED attacks ... killed 2 soldiers") never give a
   consolidated figure; they stay claims.
3. The consolidated figure is the highest statement over all sources. Tolls rise as reports come
   in, and the highest figure agrees with every lower bound that other sources give; each source's
   figures stay as claims, so a disagreement is never lost (`kg query conflicts`).
4. When only "up to" figures exist, the highest of them is used.
"""

from __future__ import annotations

from collections.abc import Iterable

from kg.model import CasualtyClaim, Measure, Qualifier


def statement_values(claims: Iterable[CasualtyClaim], measure: Measure, *, attackers: bool = False) -> list[tuple[int, bool]]:
    """(figure, is_upper_bound_only) of each statement about a measure."""
    statements: dict[tuple[str, int], list[CasualtyClaim]] = {}
    for claim in claims:
        if claim.measure is not measure or claim.joint or claim.vague:
            continue
        if measure in (Measure.KILLED, Measure.INJURED) and (claim.group == "attackers") != attackers:
            continue
        statements.setdefault((claim.mention.doc_id, claim.statement), []).append(claim)
    out = []
    for _, items in sorted(statements.items()):
        counted = [c for c in items if not c.subset]
        if not counted:
            continue
        total = sum(c.value for c in counted)
        upper_only = all(c.qualifier is Qualifier.UP_TO for c in counted)
        out.append((total, upper_only))
    return out


def consolidate(claims: Iterable[CasualtyClaim], measure: Measure, *, attackers: bool = False) -> int | None:
    """The consolidated figure of a measure over claims of one or more sources, or None."""
    values = statement_values(list(claims), measure, attackers=attackers)
    firm = [v for v, upper in values if not upper]
    if firm:
        return max(firm)
    loose = [v for v, upper in values if upper]
    return max(loose) if loose else None


def consolidated_figures(claims: list[CasualtyClaim]) -> dict[str, int | None]:
    return {
        "killed": consolidate(claims, Measure.KILLED),
        "injured": consolidate(claims, Measure.INJURED),
        "hostages_taken": consolidate(claims, Measure.HOSTAGES_TAKEN),
        "hostages_freed": consolidate(claims, Measure.HOSTAGES_FREED),
        "attackers_killed": consolidate(claims, Measure.KILLED, attackers=True),
    }
