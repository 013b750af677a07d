"""Asks written in French, German, Spanish, Italian, Dutch or Portuguese (``analysis.foreign``)."""
import pytest

from analysis import Analyzer
from analysis.foreign import foreign_ask
from analysis.titles import item_title


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.mark.parametrize("text, asked", [
    ("Très pratique au quotidien. Il nous manque un export vers Sage pour la comptabilité.", "Export vers Sage"),
    ("Nous aimerions une double authentification pour les comptes administrateurs.",
     "Double authentification"),
    ("Ein Dunkelmodus wäre super für die Nachtschicht.", "Dunkelmodus"),
    ("Wir brauchen dringend eine Schnittstelle zu DATEV, sonst tippen wir alles doppelt.",
     "Schnittstelle zu DATEV"),
    ("Nos gustaría tener facturas en varias monedas.", "Facturas en varias monedas"),
    ("Ci servirebbe l'integrazione con Fatture in Cloud.", "Integrazione con Fatture in Cloud"),
    ("Graag een koppeling met Exact Online.", "Koppeling met Exact Online"),
])
def test_an_ask_in_another_language_names_what_is_asked(analyzer, text, asked):
    (request,) = analyzer.analyze(text).requests
    assert request.rule.startswith("other language")
    assert item_title(request) == asked


@pytest.mark.parametrize("text", [
    "Bon produit. L'équipe support répond toujours vite et bien.",  # "Bon produit." alone: an English fragment
    "Die Einrichtung war einfach und der Support hilft immer. Danke!",
    "Estamos muy contentos con la herramienta, la usamos sin problemas.",  # "sin problemas" lacks nothing
    "Abbiamo migrato tutto in un giorno, senza problemi.",
    "Grazie!",  # thanks in another language is no English fragment
    "Läuft zuverlässig, und der Support antwortet schnell.",  # "zuverlässig" tells the language with "und"
    "Wir brauchen nichts anderes.",
    "Depuis l'an dernier tout est sans papier.",  # "sans" asks only when what it costs follows
    "Ils ont signé les contrats sans imprimer.",  # "sans" before a doing names no thing
])
def test_praise_in_another_language_asks_for_nothing(analyzer, text):
    assert analyzer.analyze(text).requests == []


@pytest.mark.parametrize("sentence, asked", [
    ("Export vers Excel : est-ce prévu ?", "Export vers Excel"),  # the thing before the colon
    ("Facturas recurrentes, ¿es posible?", "Facturas recurrentes"),
    ("Seguimos esperando la versión para Android.", "versión para Android"),
    ("Gute App, aber wir vermissen eine Kalenderansicht.", "Kalenderansicht"),
    ("Ein Offline-Modus wäre für unsere Monteure ein echter Gewinn.", "Offline-Modus"),
    ("Nos techniciens ont besoin du mode hors ligne.", "mode hors ligne"),
    ("Un export Excel des heures, ce serait top.", "export Excel des heures"),  # "ce" points back
    ("Qualifikationsmatrix fehlt leider.", "Qualifikationsmatrix"),  # the lack after what is lacking
    ("Deutsch als Sprache fehlt noch!", "Deutsch als Sprache"),
])
def test_other_ways_of_asking(sentence, asked):
    assert foreign_ask(sentence).subject == asked


def test_a_short_sentence_after_an_ask_adds_to_it(analyzer):
    asks = analyzer.analyze("Wir bräuchten eine Anbindung an Personio. Und Französisch als Sprache!").requests
    assert [item_title(ask) for ask in asks] == ["Anbindung an Personio", "Französisch als Sprache"]


def test_without_names_the_thing_up_to_the_clause_that_follows():
    ask = foreign_ask("Ohne SEPA-Lastschrift können wir nicht wechseln.")
    assert ask.subject == "SEPA-Lastschrift"
    ask = foreign_ask("Sans signature électronique on perd des jours à chaque contrat.")
    assert ask.subject == "signature électronique"


def test_english_beside_a_foreign_word_is_still_read_in_english(analyzer):
    requests = analyzer.analyze("We need a proper API, sans the enterprise plan.").requests
    assert requests[0].subject == "API"
    assert not any(request.rule.startswith("other language") for request in requests)
    assert foreign_ask("Works fine sans issues.", strong_only=True) is None


def test_the_english_layer_does_not_doubt_what_it_cannot_read(analyzer):
    (request,) = analyzer.analyze("Nos gustaría la optimización de rutas.").requests
    assert request.certainty is None and not request.doubtful  # the English layer gave it 0.17


@pytest.mark.parametrize("text, label", [
    ("Très bon outil, l'équipe l'a adopté en une semaine. Merci !", "positive"),
    ("Sehr zufrieden, die Planung ist übersichtlich. Eine Anbindung an DATEV wäre super.", "positive"),  # praise, ask
    ("Nos gustaría tener facturas en varias monedas.", "neutral"),  # a plain request
    ("Le support répond lentement et l'export plante tous les jours.", "negative"),
    ("Buen sistema, pero muy caro.", "neutral"),  # evenly mixed
    ("Lo usamos todos los días sin problemas, gracias.", "positive"),  # "sin problemas" is no complaint
])
def test_a_comment_in_another_language_is_judged_by_its_own_words(analyzer, text, label):
    result = analyzer.analyze(text)
    assert result.label == label
    assert result.label_reason.startswith("written in another language")


@pytest.mark.parametrize("text, label", [
    # praise in a clause beside the ask counts (1.24): praise with a request and no complaint is positive
    ("Très bon logiciel, mais il nous manque un export vers Sage.", "positive"),
    ("Producto excelente, pero nos falta la facturación en euros.", "positive"),
    # leaving, choosing another, or impatience judges the vendor even inside the asking sentence
    ("Hemos elegido otra herramienta: necesitábamos la firma digital.", "negative"),
    ("Wann kommt endlich die App für Android?", "negative"),
    # the words that judge the thing asked for do not judge the product
    ("Wäre super, wenn es eine App für iOS gäbe.", "neutral"),
    ("Ein Export nach DATEV wäre super.", "neutral"),
])
def test_an_asking_sentence_in_another_language_is_judged_outside_its_ask(analyzer, text, label):
    result = analyzer.analyze(text)
    assert result.requests, "the sentence asks"
    assert result.label == label and result.label_reason.startswith("written in another language")


def test_the_explanation_quotes_the_words_in_their_language(analyzer):
    result = analyzer.analyze("Très bon outil, l'équipe l'a adopté en une semaine. Merci !").to_dict(details=True)
    assert result["explanation"] == "Positive, mostly because of “bon” and “merci”."
    assert [sentence["label"] for sentence in result["sentences"]] == ["positive", "positive"]


def test_a_comment_mixing_in_english_keeps_the_english_reading(analyzer):
    result = analyzer.analyze("Mucho mejor que antes. The support team is quick and friendly.")
    assert not result.label_reason.startswith("written in another language") and result.label == "positive"


def test_where_no_phrase_asks_a_sure_english_reading_stands(analyzer):
    """Names and cognates the English layer knows ("SSO", "Azure AD", "API"); never a bare phrase ("Grazie!")."""
    (request,) = analyzer.analyze("Alles gut. SSO mit Azure AD und eine API.").requests
    assert request.rule.startswith("learned") and request.certainty >= 0.5
