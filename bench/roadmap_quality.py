"""How right the roadmap ranking is on comments written outside the team.

Runs the analysis and the linking as `voc analyze` does, on a labelled set (`tests/data/blind/` by default:
written blind, never used to write rules), three times: with no items at all (every item is opened from the
asks), with the labelled items created by name only, no aliases (as a product manager would), and with only every
second of them so created (a product manager names some requests, not all). Prints:

- request detection precision and recall (a detected ask is right when its sentence holds a labelled ask), and for
  each run the same counted once per comment (per part of an interview) and item, as DOMAIN.md consolidates
  duplicates: a second wording of one ask in one comment is neither a false ask nor a second right one;
- the share of labelled asks linked to the right item (an item created by a labelled item's name stands for
  that item; each other labelled item is paired with the item that holds most of its asks, one to one);
- whether the top 5 of the ranking by impacted ARR are the labelled top 5 in the same order, and how many
  items' impacted ARR is within 5% of the labelled truth;
- how many item titles are fragments: not a noun phrase as ``analysis.titles.reads_as_noun_phrase`` reads it
  (spaCy's en_core_web_md tagger on the title, alone and as the subject of a sentence); the titles are made
  with the same reading, so this counts what the titler could not avoid. An item whose asks are all in another
  language is titled in that language, which the English tagger cannot judge: those are counted apart.

    python bench/roadmap_quality.py [--set blind|blind-second|blind-third|blind-languages|dev|PRODUCT|interviews*|blind-interviews
                                     |blind-arcsolis|blind-berthwise|blind-wordloom
                                     |blind-hirelane|blind-stowline|blind-trialwick|blind-mnemo
                                     |blind-plotline|blind-wingmark]
                                     [--errors] [--regroup] [--catalogue] [--careful]
    (--errors prints misses, development sets only; --careful reads comments as the background pass does before
    it regroups, with the fine-tuned comment reader)

PRODUCT: a further development set written blind, ``tests/data/dev_blind/PRODUCT/``. ``interviews`` and
``blind-interviews``: win / loss / churn interview records written blind (``tests/data/dev_blind/interviews*/``,
for development; ``tests/data/blind/interviews/``, measured only), each read as the app reads an interview: its
customer parts as one text, each sentence knowing its part (``analysis.transcripts.interview_as_comment``).
"""
from __future__ import annotations

import argparse
import csv
import glob
import json
import os
import sys
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from analysis import Analyzer  # noqa: E402
from analysis.catalogue import load_catalogue  # noqa: E402
from analysis.linking import Linker  # noqa: E402
from analysis.requests import in_other_language_sentence  # noqa: E402
from analysis.regroup import Ask, Item, regroup  # noqa: E402
from analysis.training.ask_space import core_span, pair as pair_spans  # noqa: E402
from analysis.titles import group_title, item_title, reads_as_noun_phrase  # noqa: E402
from analysis.transcripts import interview_as_comment  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SETS = {"blind": ("tests/data/blind/roadmap_blind.jsonl", "tests/data/blind/roadmap_accounts.csv"),
        "dev": ("tests/data/dev_blind/roadmap_dev.jsonl", "tests/data/dev_blind/roadmap_dev_accounts.csv")}
# the product each set's comments are about, as a survey names it (the first blind set's is not given to the bench)
PRODUCTS = {"dev": "Fieldloop"}


def _folder_sets(file_name: str, under: str = "dev_blind") -> dict[str, tuple[str, str]]:
    """The sets written blind in their own folder, tests/data/<under>/<name>/: file and accounts."""
    sets = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", under, "*", file_name))):
        folder = os.path.dirname(path)
        sets[os.path.basename(folder)] = (os.path.relpath(path, ROOT),
                                          os.path.relpath(os.path.join(folder, "accounts.csv"), ROOT))
    return sets


# the further development sets written blind, one product each: tests/data/dev_blind/<product>/
SETS.update(_folder_sets("roadmap.jsonl"))
PRODUCTS.update({name: name.capitalize() for name in SETS if name not in ("blind", "dev")})
# win / loss / churn interviews written blind: the customer's parts of each record are analysed as the app does
SETS.update(_folder_sets("interviews.jsonl"))
SETS["blind-interviews"] = ("tests/data/blind/interviews/interviews.jsonl", "tests/data/blind/interviews/accounts.csv")
# two more, one product each (a water utility's and a news publisher's), written after 1.39 (measured only)
BLIND_INTERVIEWS = {f"blind-interviews-{name}": files
                    for name, files in _folder_sets("interviews.jsonl", "blind/interviews2").items()}
SETS.update(BLIND_INTERVIEWS)
# comments in French, German, Spanish, Italian, Portuguese and Dutch, written blind after 1.22 (measured only)
SETS["blind-languages"] = ("tests/data/blind/other_languages/roadmap.jsonl",
                           "tests/data/blind/other_languages/accounts.csv")
PRODUCTS.update({"interviews": "Stockroom", "interviews_ledgerline": "Ledgerline"})
# a second blind set of comments about one product (an invented LIMS), written after 1.22 (measured only)
SETS["blind-second"] = ("tests/data/blind/second/roadmap.jsonl", "tests/data/blind/second/accounts.csv")
# a third, about an invented winery production and wine-club product, written after 1.23 (measured only)
SETS["blind-third"] = ("tests/data/blind/third/roadmap.jsonl", "tests/data/blind/third/accounts.csv")
# a fourth and a fifth, three invented products each, one folder a product (measured only): solar installers,
# marinas and translation agencies, written after 1.24; equipment hire, clinical research sites and self-storage,
# written after 1.25; a sixth (museums' collections) and a seventh (planning authorities, aircraft maintenance)
# after 1.55, in long comments (most of three to seven sentences)
BLIND_PRODUCTS = {f"blind-{name}": files for wave in ("fourth", "fifth", "sixth", "seventh")
                  for name, files in _folder_sets("roadmap.jsonl", f"blind/{wave}").items()}
SETS.update(BLIND_PRODUCTS)
MEASURE_ONLY = ("blind", "blind-interviews", "blind-languages", "blind-second", "blind-third", *BLIND_PRODUCTS,
                *BLIND_INTERVIEWS)


def load(name):
    comments_path, accounts_path = SETS[name]
    with open(os.path.join(ROOT, comments_path), encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    if of_interviews(name):
        rows = [interview_as_comment(row) for row in rows]
    with open(os.path.join(ROOT, accounts_path), encoding="utf-8") as fh:
        accounts = {r["account"]: (float(r["arr"]), r["status"]) for r in csv.DictReader(fh)}
    return rows, accounts


def of_interviews(name) -> bool:
    return SETS[name][0].endswith("interviews.jsonl")


def _names_of(name) -> dict:
    """An interview set's `names.json` (beside the set, written with it; for the first blind set by a helper that
    read it): its product and competitors. Empty for a comment set."""
    path = os.path.join(ROOT, os.path.dirname(SETS[name][0]), "names.json")
    if not of_interviews(name) or not os.path.exists(path):
        return {}
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def rivals_of(name) -> list[str]:
    """The competitors an interview set names, as the app's interviews record them."""
    return _names_of(name).get("competitors", [])


# the measure-only sets' products, as their surveys would name them (from 1.44): the folder's name, the
# interviews' `names.json`, the second and third sets' README; the first blind set's is named only in its text
PRODUCTS.update({name: name.removeprefix("blind-").capitalize() for name in BLIND_PRODUCTS})
PRODUCTS.update({"blind-second": "Samplora", "blind-third": "CaskLedger"})
PRODUCTS.update({name: product for name in SETS if name not in PRODUCTS
                 for product in [_names_of(name).get("product")] if product})


def detect(rows, analyzer, rivals=(), product=None):
    """[(row index, Request)] and the truth [(row index, item, (start, end))]. `product`: the product's name, as
    its surveys give it."""
    detected = []
    for index, result in enumerate(analyzer.analyze_many([row["text"] for row in rows], rivals=rivals,
                                                         parts=[row.get("parts") for row in rows],
                                                         own_names=[product] if product else ())):
        detected.extend((index, request) for request in result.requests)
    truth = []
    for index, row in enumerate(rows):
        for ask in row["requests"]:
            start = ask.get("start", row["text"].find(ask["evidence"]))
            truth.append((index, ask["item"], (start, start + len(ask["evidence"]))))
    return detected, truth


def pair(detected, truth):
    """Detected ask index -> truth index, one to one, by overlapping characters in the same comment
    (``ask_space.pair`` within each comment): where a sentence asks twice, by each ask's own words."""
    found, labelled = defaultdict(list), defaultdict(list)
    for d, (row, _request) in enumerate(detected):
        found[row].append(d)
    for t, (row, _item, _span) in enumerate(truth):
        labelled[row].append(t)
    pairs = {}
    for row, ds in found.items():
        spans = [(detected[d][1].start_char, detected[d][1].end_char) for d in ds]
        matched = pair_spans([truth[t][2] for t in labelled[row]], spans,
                             [core_span(detected[d][1]) for d in ds])
        pairs.update({ds[f]: labelled[row][s] for f, s in matched.items()})
    return pairs


def half_the_items(truth) -> list[str]:
    """Every second labelled item, by their number of asks: a product manager names some requests, not all, and
    the others' asks must not be drawn into them."""
    counts = Counter(item for _, item, _ in truth)
    return sorted(counts, key=lambda item: (-counts[item], item))[0::2]


def _named(names) -> list[tuple[str, tuple]]:
    """Items given as a name or a (name, aliases) pair, as (name, aliases) pairs."""
    return [(entry, ()) if isinstance(entry, str) else entry for entry in names]


def link_all(detected, names, product=None):
    """Links the asks as the store does; `product` is the product's own name, as its surveys give it. `names`:
    the items a person named, each a name or a (name, aliases) pair."""
    named = _named(names)
    linker = Linker([(name, name, aliases, ()) for name, aliases in named], own_names=[product] if product else ())
    names = [name for name, _ in named]
    titles = {name: name for name in names}
    assigned = []
    per_sentence = Counter((row, request.start_char) for row, request in detected)
    for row, request in detected:
        alone = per_sentence[(row, request.start_char)] == 1
        link = linker.link(request.subject, request.sentence if alone else "")
        if link.item_id is None:
            item_id = f"new:{len(titles)}"
            titles[item_id] = item_title(request)
            linker.add(item_id, titles[item_id], (), (request.subject,), named=False)
        else:
            item_id = link.item_id
            linker.learn(item_id, request.subject)
        assigned.append(item_id)
    # as the store does after each batch: an item opened by one ask is looked at again once all items exist
    counts = Counter(assigned)
    for index, item_id in enumerate(assigned):
        if str(item_id).startswith("new:") and counts[item_id] == 1:
            link = linker.second_look(item_id)
            if link.item_id is not None and link.item_id != item_id:
                linker.forget(item_id)
                linker.learn(link.item_id, detected[index][1].subject)
                counts[link.item_id] += 1
                assigned[index] = link.item_id
    return assigned, titles


def regroup_all(detected, assigned, titles, names, product=None, suggested=frozenset(), told=False):
    """The background regrouping (``analysis.regroup``) after `link_all`: the items created by `names` are named,
    the others were opened by the analysis; those in `suggested` are the default catalogue's, untouched; `told`:
    the asks are interviews'. Returns the new assignment and titles, as ``link_all``."""
    named = _named(names)
    names = [name for name, _ in named]
    asks = [Ask(d, request.subject, request.sentence, assigned[d], source=row, told=told)
            for d, (row, request) in enumerate(detected)]
    items = [Item(name, [name, *aliases], name in suggested) for name, aliases in named] + \
        [Item(item_id) for item_id in titles if item_id not in names]
    placed = regroup(asks, items, own_names=[product] if product else ())
    new_assigned, members = list(assigned), defaultdict(list)
    for place in placed:
        item = place.item if place.item is not None else f"new:group{place.group}"
        new_assigned[place.key] = item
        members[item].append(place)
    new_titles = {name: name for name in names}
    for item, places in members.items():
        if item not in new_titles:
            new_titles[item] = group_title([(detected[p.key][1].subject, detected[p.key][1].sentence, p.confidence)
                                            for p in places], [product] if product else ())
    return new_assigned, new_titles


def impacted(asks, accounts):
    """item -> (impacted ARR of distinct active accounts, number of accounts)."""
    by_item = defaultdict(set)
    for item, account in asks:
        by_item[item].add(account)
    return {item: (sum(accounts[a][0] for a in accs if accounts[a][1] == "active"), len(accs))
            for item, accs in by_item.items()}


def ranking(values):
    return [item for item, _ in sorted(values.items(), key=lambda kv: (-kv[1][0], -kv[1][1], str(kv[0])))]


def item_mapping(truth, pairs, assigned, named=()):
    """Predicted item -> labelled item, one to one. An item a person created by a labelled item's name (`named`)
    stands for that item, whatever asks it holds; each other labelled item goes to the item holding most of its
    asks. (Before 1.51 named items were matched by their asks too, so an item "Pet insurance claim forms" holding
    seven asks for a kennel board counted them right.)"""
    labelled = {item for _, item, _ in truth}
    mapping = {name: name for name in named if name in labelled}
    used_truth, used_pred = set(mapping.values()), set(mapping)
    counts = Counter((truth[t][1], assigned[d]) for d, t in pairs.items())
    for (item, pred), _ in counts.most_common():
        if item not in used_truth and pred not in used_pred:
            mapping[pred] = item
            used_truth.add(item)
            used_pred.add(pred)
    return mapping


def linked_right(truth, pairs, assigned, mapping=None, named=()) -> int:
    mapping = mapping if mapping is not None else item_mapping(truth, pairs, assigned, named)
    return sum(1 for d, t in pairs.items() if mapping.get(assigned[d]) == truth[t][1])


def evaluate(rows, accounts, detected, truth, pairs, assigned, titles, tagger, named=()):
    """`named`: the names of the items a person created (each stands for the labelled item of its name)."""
    mapping = item_mapping(truth, pairs, assigned, named)
    right = linked_right(truth, pairs, assigned, mapping)
    truth_values = impacted([(item, rows[row]["account"]) for row, item, _ in truth], accounts)
    pred_values = impacted([(assigned[d], rows[row]["account"]) for d, (row, _) in enumerate(detected)], accounts)
    truth_top = ranking(truth_values)[:5]
    pred_top = [mapping.get(item, f"(unlabelled: {titles[item]})") for item in ranking(pred_values)[:5]]
    inverse = {item: pred for pred, item in mapping.items()}
    within = sum(1 for item, (arr, _) in truth_values.items()
                 if item in inverse and abs(pred_values.get(inverse[item], (0.0, 0))[0] - arr) <= 0.05 * arr)
    made = [(item, title) for item, title in titles.items() if str(item).startswith("new:")
            and any(a == item for a in assigned)]
    # an item whose asks are all in another language is titled in that language, which the English tagger
    # cannot judge: it is counted apart
    foreign = {item for item, _ in made if all(in_other_language_sentence(request.sentence)
                                                for a, (_, request) in zip(assigned, detected) if a == item)}
    fragments = [title for item, title in made if item not in foreign and is_fragment(title, tagger)]
    return {"linked_right": right / len(truth), "linked_right_detected": right / len(pairs) if pairs else 0.0, "top5_in_order": pred_top == truth_top, "top5": pred_top,
            "truth_top5": truth_top, "arr_within_5pct": within, "items": len(truth_values),
            "items_opened": len(made), "fragments": fragments,
            "in_other_language": [title for item, title in made if item in foreign]}


def is_fragment(title: str, tagger) -> bool:
    return not reads_as_noun_phrase(title, tagger)


def once_per_comment_and_item(rows, detected, truth, pairs, assigned) -> tuple[float, float]:
    """Detection counted as DOMAIN.md consolidates duplicates: one ask per comment (per part of an interview, as
    the labels are) and item. A found unit is (comment, part, the item its asks landed in), right when one of its
    asks pairs with a labelled ask; a labelled unit is (comment, part, item), found when one of its asks is paired.
    So a second wording of one ask in one comment is neither a false ask nor a second right one."""
    def part(row, at):
        parts = rows[row].get("parts") or [(0, None)]
        return next((name for start, name in reversed(parts) if start <= at), parts[0][1])

    found, labelled, paired = {}, {}, set(pairs.values())
    for d, (row, request) in enumerate(detected):
        key = (row, part(row, request.start_char), assigned[d])
        found[key] = found.get(key, False) or d in pairs
    for t, (row, item, (start, _end)) in enumerate(truth):
        key = (row, part(row, start), item)
        labelled[key] = labelled.get(key, False) or t in paired
    return (sum(found.values()) / len(found) if found else 0.0), sum(labelled.values()) / len(labelled)


def report(label, rows, accounts, detected, truth, pairs, assigned, titles, tagger, errors, named=()):
    result = evaluate(rows, accounts, detected, truth, pairs, assigned, titles, tagger, named)
    once = once_per_comment_and_item(rows, detected, truth, pairs, assigned)
    print(f"-- {label}")
    print(f"   asks linked to the right item: {result['linked_right_detected']:.3f} of the asks detected, "
          f"{result['linked_right']:.3f} of all labelled asks")
    print(f"   detection with one ask per comment and item (a second wording in one comment consolidated): "
          f"precision {once[0]:.3f}, recall {once[1]:.3f}")
    print(f"   top 5 in the right order: {'yes' if result['top5_in_order'] else 'no'}")
    print(f"   impacted ARR within 5% of the truth: {result['arr_within_5pct']} of {result['items']} items")
    print(f"   items opened from asks: {result['items_opened']}; titled by a fragment: {len(result['fragments'])}; "
          f"titled in another language: {len(result['in_other_language'])}")
    if errors:
        print("   top 5:", result["top5"], "\n   truth:", result["truth_top5"])
        print("   fragments:", result["fragments"], "\n   in another language:", result["in_other_language"])
        print("   opened:", sorted(t for i, t in titles.items() if str(i).startswith("new:")))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--set", choices=sorted(SETS), default="blind")
    parser.add_argument("--errors", action="store_true", help="print misses (development sets only)")
    parser.add_argument("--regroup", action="store_true",
                        help="also print the figures after the background regrouping by meaning")
    parser.add_argument("--careful", action="store_true",
                        help="read the comments as the background pass does before it regroups (the fine-tuned "
                             "comment reader; vocapp.insights.careful), not as the quick analysis does")
    parser.add_argument("--catalogue", action="store_true",
                        help="also run with the default catalogue loaded (names and aliases), alone and beside the "
                             "items created by name")
    args = parser.parse_args()
    if args.errors and args.set in MEASURE_ONLY:
        parser.error("the blind set is for measuring only: --errors works on the development sets")
    import spacy
    from analysis.titles import tagger_path
    tagger = spacy.load(tagger_path(), exclude=["ner", "parser", "lemmatizer"])
    rows, accounts = load(args.set)
    started = time.perf_counter()
    detected, truth = detect(rows, Analyzer(careful=args.careful), rivals_of(args.set), PRODUCTS.get(args.set))
    pairs = pair(detected, truth)
    precision = len(pairs) / len(detected) if detected else 0.0
    recall = len(pairs) / len(truth)
    print(f"set: {args.set}, {len(rows)} comments, read {'carefully' if args.careful else 'quickly'}, "
          f"{len(truth)} labelled asks, "
          f"{len({item for _, item, _ in truth})} items, {len(accounts)} accounts")
    print(f"request detection: precision {precision:.3f}, recall {recall:.3f} "
          f"({len(pairs)} right of {len(detected)} detected)")
    doubted = [d for d, (_row, request) in enumerate(detected) if request.doubtful]
    false_asks = len(detected) - len(pairs)
    print(f"asks the analysis doubts (sent to the triage list): {len(doubted)} of {len(detected)}, "
          f"{sum(d in pairs for d in doubted)} of them true; "
          f"{sum(d not in pairs for d in doubted)} of the {false_asks} false asks")
    names = sorted({item for _, item, _ in truth})
    runs = [("empty catalogue", [], ()), ("items created by name, no aliases", names, ()),
            ("half the items created by name (every second by asks), no aliases", half_the_items(truth), ())]
    if args.catalogue:
        default = [(item.name, item.aliases) for item in load_catalogue()]
        in_catalogue = {name.lower() for name, _ in default}
        created = {name.lower() for name in names}
        runs += [("default catalogue", default, {name for name, _ in default}),
                 ("default catalogue and the items created by name",
                  default + [name for name in names if name.lower() not in in_catalogue],
                  {name for name, _ in default if name.lower() not in created})]
    for label, catalogue, suggested in runs:
        assigned, titles = link_all(detected, catalogue, PRODUCTS.get(args.set))
        stages = [("as analysed", assigned, titles)]
        if args.regroup:
            stages.append(("after regrouping by meaning",
                           *regroup_all(detected, assigned, titles, catalogue, PRODUCTS.get(args.set), suggested,
                                        of_interviews(args.set))))
        for stage, assigned, titles in stages:
            report(f"{label}, {stage}" if args.regroup else label, rows, accounts, detected, truth, pairs,
                   assigned, titles, tagger, args.errors, [name for name, _ in _named(catalogue)])
    if args.errors:
        found = set(pairs.values())
        print("\n== missed asks")
        for t, (row, item, (start, end)) in enumerate(truth):
            if t not in found:
                print(f"  [{item}] {rows[row]['text'][start:end]!r}  <- {rows[row]['text'][:120]!r}")
        print("\n== false asks")
        for d, (row, request) in enumerate(detected):
            if d not in pairs:
                print(f"  {request.subject!r} ({request.rule}) <- {request.sentence[:120]!r}")
    print(f"({time.perf_counter() - started:.1f} s)")


if __name__ == "__main__":
    main()


def confusion(rows, detected, truth, pairs, assigned, titles):
    """Dev diagnostics: for each labelled item, where its asks went (subject -> item)."""
    by_item = defaultdict(list)
    for d, t in pairs.items():
        by_item[truth[t][1]].append((detected[d][1].subject, titles.get(assigned[d], assigned[d])))
    for item, asks in sorted(by_item.items()):
        print(f"  [{item}]")
        for subject, title in asks:
            mark = " " if title == item else "x"
            print(f"     {mark} {subject!r:60} -> {title}")
