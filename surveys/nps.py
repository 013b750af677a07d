"""Net Promoter Score: the one function every page, export, command and report uses.

9–10 promoters, 7–8 passives, 0–6 detractors; NPS = % promoters − % detractors. A skipped score (None) is
not an answer: it stays out of n. Beside the score always stand n and the 95% margin of error,
1.96 · √((p + d − (p − d)²) / n) · 100, and the ARR-weighted NPS, where each answer weighs its account's
ARR shared among that account's answers (an account with five answers counts as much as one with one).

Pure Python: no Flask, no database. The database side sums counts and hands them to `nps(counts=...)`."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Hashable, Iterable, Mapping, NamedTuple, Optional, Sequence, Union

LOW_N = 10  # fewer answers than this is noise: the score is shown, but marked
Z_95 = 1.96
SCORES = range(11)


def category(score: int) -> str:
    if not 0 <= score <= 10:
        raise ValueError(f"an NPS score is 0 to 10, got {score}")
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"


class Answer(NamedTuple):
    """One score with its account and that account's ARR, for the ARR-weighted NPS."""

    score: Optional[int]
    account: Hashable = None
    arr: float = 0


@dataclass(frozen=True)
class AccountCounts:
    """One account's answers by category, and its ARR: what the ARR-weighted NPS needs of an account."""

    arr: float
    promoters: int = 0
    passives: int = 0
    detractors: int = 0

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors


@dataclass(frozen=True)
class NpsResult:
    n: int
    nps: Optional[float]              # None without answers
    margin: Optional[float]           # ± points, 95%
    arr_weighted_nps: Optional[float]  # None without answers or without ARR
    promoters: float                  # shares in percent
    passives: float
    detractors: float
    promoter_count: int
    passive_count: int
    detractor_count: int
    low_n: bool
    distribution: tuple[int, ...] = field(default=(0,) * 11)  # answers per score 0..10

    def to_dict(self) -> dict:
        """The contract of the command line and the API: n, nps, margin, arr_weighted_nps and the three
        shares (percent, one decimal), then the counts, the low-n flag and the distribution."""
        return {
            "n": self.n, "nps": _round(self.nps), "margin": _round(self.margin),
            "arr_weighted_nps": _round(self.arr_weighted_nps),
            "promoters": _round(self.promoters), "passives": _round(self.passives),
            "detractors": _round(self.detractors),
            "promoter_count": self.promoter_count, "passive_count": self.passive_count,
            "detractor_count": self.detractor_count, "low_n": self.low_n,
            "distribution": {str(score): count for score, count in zip(SCORES, self.distribution)},
        }


Counts = Union[Mapping[int, int], Sequence[int]]


def nps(scores: Optional[Iterable[Union[int, None, Answer]]] = None, *, counts: Optional[Counts] = None,
        accounts: Optional[Iterable[AccountCounts]] = None) -> NpsResult:
    """NPS from either `scores` (0..10 or None for skipped; or `Answer`s, which also give the ARR-weighted
    NPS) or `counts` (answers per score, a mapping or a sequence of 11), with the `accounts` behind them
    for the ARR-weighted NPS."""
    if (scores is None) == (counts is None):
        raise TypeError("give either scores or counts")
    if scores is not None:
        if accounts is not None:
            raise TypeError("accounts go with counts; give scores as Answer(score, account, arr) instead")
        counts, accounts = _tally(scores)
    distribution = _distribution(counts)
    promoters, passives = sum(distribution[9:]), sum(distribution[7:9])
    detractors = sum(distribution[:7])
    n = promoters + passives + detractors
    if n == 0:
        return NpsResult(0, None, None, None, 0.0, 0.0, 0.0, 0, 0, 0, True, distribution)
    p, d = promoters / n, detractors / n
    variance = max(p + d - (p - d) ** 2, 0.0)  # never below 0 through rounding
    return NpsResult(
        n=n, nps=100 * (p - d), margin=Z_95 * math.sqrt(variance / n) * 100,
        arr_weighted_nps=arr_weighted_nps(accounts or ()),
        promoters=100 * p, passives=100 * passives / n, detractors=100 * d,
        promoter_count=promoters, passive_count=passives, detractor_count=detractors,
        low_n=n < LOW_N, distribution=distribution,
    )


def arr_weighted_nps(accounts: Iterable[AccountCounts]) -> Optional[float]:
    """Each account's ARR shared among its answers: Σ arr·(P − D)/answers ÷ Σ arr, in points."""
    weighted = total = 0.0
    for account in accounts:
        if account.answers == 0 or not account.arr or account.arr <= 0:
            continue
        weighted += account.arr * (account.promoters - account.detractors) / account.answers
        total += account.arr
    return 100 * weighted / total if total else None


def _tally(scores: Iterable[Union[int, None, Answer]]) -> tuple[list[int], Optional[list[AccountCounts]]]:
    distribution = [0] * 11
    by_account: dict[Hashable, list] = {}
    weighted = False
    for item in scores:
        answer = item if isinstance(item, Answer) else Answer(item)
        weighted = weighted or isinstance(item, Answer)
        if answer.score is None:
            continue
        kind = category(answer.score)
        distribution[answer.score] += 1
        if answer.account is not None:
            tally = by_account.setdefault(answer.account, [answer.arr or 0, 0, 0, 0])
            tally[1 + ("promoter", "passive", "detractor").index(kind)] += 1
    accounts = [AccountCounts(arr, p, m, d) for arr, p, m, d in by_account.values()] if weighted else None
    return distribution, accounts


def _distribution(counts: Counts) -> tuple[int, ...]:
    if isinstance(counts, Mapping):
        for score in counts:
            if score is not None:
                category(int(score))
        return tuple(int(counts.get(score, 0) or 0) for score in SCORES)
    values = tuple(int(count or 0) for count in counts)
    if len(values) != 11:
        raise ValueError(f"a distribution has 11 counts (scores 0 to 10), got {len(values)}")
    return values


def signed(value: Optional[float], digits: int = 0, minus: str = "-") -> str:
    """+32, -8, 0 (zero has no sign), — without a value."""
    if value is None:
        return "—"
    text = f"{value:+.{digits}f}"
    if text[1:] == f"{0:.{digits}f}":
        return text[1:]
    return text.replace("-", minus)


def _round(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 1) + 0.0  # + 0.0: never print -0.0
