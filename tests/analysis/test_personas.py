"""Persona placement precedence, weights, window, ties, profiles and watermelons."""
from datetime import datetime, timedelta

from analysis.personas import (CSM_VIEW, AccountEvidence, Interview, KeyAnswer, NpsAnswer, PersonaConfig,
                               place, profile, watermelons)

NOW = datetime(2026, 11, 1)


def days_ago(n):
    return NOW - timedelta(days=n)


def test_churned_account_is_no_longer_needed_even_with_promoters():
    ev = AccountEvidence("a1", status="churned",
                         key_answers=[KeyAnswer("c1", "essential", days_ago(10))],
                         nps_answers=[NpsAnswer("c1", 10, days_ago(10))])
    p = place(ev, NOW)
    assert (p.persona, p.rule) == ("no_longer_needed", "churn")


def test_churn_interview_settles_it():
    ev = AccountEvidence("a1", key_answers=[KeyAnswer("c1", "essential", days_ago(5))],
                         interviews=[Interview("churn", days_ago(30))])
    assert place(ev, NOW).persona == "no_longer_needed"


def test_key_answers_beat_nps():
    ev = AccountEvidence("a1", key_answers=[KeyAnswer("c1", "nice_to_have", days_ago(40))],
                         nps_answers=[NpsAnswer("c2", 10, days_ago(5)), NpsAnswer("c3", 9, days_ago(5))])
    p = place(ev, NOW)
    assert (p.persona, p.rule) == ("nice_to_have", "key_question")
    assert any("c1: Nice to have" in r for r in p.reasons)


def test_latest_answer_per_contact_counts():
    ev = AccountEvidence("a1", key_answers=[
        KeyAnswer("c1", "nice_to_have", days_ago(200)),
        KeyAnswer("c1", "essential", days_ago(20)),
        KeyAnswer("c2", "essential", days_ago(30)),
        KeyAnswer("c3", "nice_to_have", days_ago(25))])
    p = place(ev, NOW)
    assert p.persona == "essential" and p.weights == {"essential": 2.0, "nice_to_have": 1.0}


def test_the_evidence_counts_a_csms_own_view_apart_from_the_contacts():
    people = [KeyAnswer("c1", "essential", days_ago(20)), KeyAnswer("c2", "nice_to_have", days_ago(30))]
    csm = KeyAnswer("CSM Maya", "nice_to_have", days_ago(5), source=CSM_VIEW)
    assert place(AccountEvidence("a1", key_answers=people + [csm]), NOW).reasons[0].startswith(
        "2 contacts and the CSM answered the key question in the last 365 days")
    assert place(AccountEvidence("a1", key_answers=[csm]), NOW).reasons[0].startswith("the CSM answered")
    assert place(AccountEvidence("a1", key_answers=people[:1]), NOW).reasons[0].startswith("1 contact answered")


def test_decision_maker_counts_double():
    ev = AccountEvidence("a1", key_answers=[
        KeyAnswer("c1", "essential", days_ago(10)),
        KeyAnswer("c2", "essential", days_ago(11)),
        KeyAnswer("dm", "nice_to_have", days_ago(50), decision_maker=True),
        KeyAnswer("c3", "nice_to_have", days_ago(60))])
    p = place(ev, NOW)
    assert p.weights == {"essential": 2.0, "nice_to_have": 3.0}
    assert p.persona == "nice_to_have"


def test_decision_maker_weight_is_configurable():
    ev = AccountEvidence("a1", key_answers=[
        KeyAnswer("c1", "essential", days_ago(10)), KeyAnswer("c2", "essential", days_ago(11)),
        KeyAnswer("dm", "nice_to_have", days_ago(50), decision_maker=True)])
    assert place(ev, NOW, PersonaConfig(decision_maker_weight=1.0)).persona == "essential"
    assert place(ev, NOW, PersonaConfig(decision_maker_weight=3.0)).persona == "nice_to_have"


def test_tie_goes_to_most_recent():
    ev = AccountEvidence("a1", key_answers=[KeyAnswer("c1", "essential", days_ago(90)),
                                            KeyAnswer("c2", "no_longer_needed", days_ago(3))])
    p = place(ev, NOW)
    assert p.persona == "no_longer_needed"
    assert any("tie" in r for r in p.reasons)


def test_window_excludes_old_answers_then_falls_back_to_nps():
    ev = AccountEvidence("a1", key_answers=[KeyAnswer("c1", "essential", days_ago(400))],
                         nps_answers=[NpsAnswer("c1", 8, days_ago(100))])
    p = place(ev, NOW)
    assert (p.persona, p.rule) == ("nice_to_have", "nps")
    assert place(ev, NOW, PersonaConfig(window_days=500)).rule == "key_question"


def test_nps_mapping_with_latest_score_and_weights():
    ev = AccountEvidence("a1", nps_answers=[
        NpsAnswer("c1", 10, days_ago(300)), NpsAnswer("c1", 3, days_ago(10)),  # latest: detractor
        NpsAnswer("c2", 9, days_ago(20)), NpsAnswer("c3", 6, days_ago(30), decision_maker=True)])
    p = place(ev, NOW)
    assert p.weights == {"no_longer_needed": 3.0, "essential": 1.0}
    assert p.persona == "no_longer_needed" and p.rule == "nps"


def test_unknown_without_evidence():
    ev = AccountEvidence("a1", nps_answers=[NpsAnswer("c1", 10, days_ago(800))])
    p = place(ev, NOW)
    assert (p.persona, p.rule) == ("unknown", "unknown")
    assert place(AccountEvidence("a2"), NOW).persona == "unknown"


def test_interview_key_question_counts_as_direct_answer():
    ev = AccountEvidence("a1", interviews=[Interview("win", days_ago(15), "essential", "c9", True)],
                         nps_answers=[NpsAnswer("c1", 2, days_ago(5))])
    p = place(ev, NOW)
    assert (p.persona, p.rule) == ("essential", "key_question")


def test_profile_groups_attributes():
    p1 = place(AccountEvidence("a1", status="churned"), NOW)
    p2 = place(AccountEvidence("a2", status="churned"), NOW)
    p3 = place(AccountEvidence("a3", key_answers=[KeyAnswer("c", "essential", days_ago(1))]), NOW)
    prof = profile([(p1, {"industry": "retail", "tier": 3, "size": 40, "themes": ["pricing", "support"], "sentiment": -0.4}),
                    (p2, {"industry": "retail", "tier": 2, "size": 60, "themes": ["pricing"], "sentiment": -0.2}),
                    (p3, {"industry": "saas", "tier": 1, "size": 900, "themes": ["reporting"], "sentiment": 0.5})])
    nl = prof["no_longer_needed"]
    assert nl["accounts"] == 2 and nl["industry"][0] == {"value": "retail", "count": 2, "share": 1.0}
    assert nl["avg_size"] == 50 and nl["top_themes"][0]["value"] == "pricing"
    assert nl["avg_sentiment"] == -0.3
    assert prof["essential"]["accounts"] == 1


def test_watermelons():
    healthy_but_nice = AccountEvidence("w1", key_answers=[KeyAnswer("c1", "nice_to_have", days_ago(20))],
                                       sentiment=[0.4, 0.3])
    healthy_detractor = AccountEvidence("w2", nps_answers=[NpsAnswer("c1", 9, days_ago(20)),
                                                           NpsAnswer("c2", 4, days_ago(10))])
    truly_healthy = AccountEvidence("ok", key_answers=[KeyAnswer("c1", "essential", days_ago(20))])
    low_usage = AccountEvidence("lo", key_answers=[KeyAnswer("c1", "nice_to_have", days_ago(20))])
    found = watermelons([(healthy_but_nice, {"usage": 0.9}), (healthy_detractor, {"renewed": True}),
                         (truly_healthy, {"usage": 0.95}), (low_usage, {"usage": 0.2})], NOW)
    assert [w.account_id for w in found] == ["w1", "w2"]
    assert "1 detractor: c2 (4)" in found[1].reasons  # counted in words, not "1 detractor(s)"
    assert place(healthy_detractor, NOW).reasons[0].startswith("no key-question answer in the last 365 days; the NPS of "
                                                           "2 contacts (")
