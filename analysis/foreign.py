"""Asks written in French, German, Spanish, Italian, Dutch or Portuguese.

The English rules and the learned layer read word by word in English: on "Il manque juste le français" they find
nothing, and on "Estamos muy contentos con Castwise" they find an ask. A sentence that does not read as English
(``requests.reads_as_english``) is read here instead, by the phrases each language asks with ("nous aimerions",
"wir brauchen", "nos gustaría", "X wäre super", "bitte ..."), and what they ask for is the words after the phrase,
or before it when the phrase judges what comes first ("Deutsche Sprache wäre super"). A sentence in another
language with none of these phrases asks for nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# the words after these name what is asked for: "Nous aimerions un suivi du comportement des élèves"
_ASK_BEFORE_THING = [
    # French
    r"nous aimerions( bien| beaucoup)?( avoir| voir| pouvoir)?", r"on aimerait( bien)?( avoir| pouvoir)?",
    r"j'aimerais( bien)?( avoir| pouvoir)?", r"nous voudrions( avoir)?", r"je voudrais( avoir)?",
    r"nous souhaitons( avoir)?", r"nous souhaiterions( avoir)?", r"(nous avons|on a|j'ai|ont|a) (vraiment |absolument )?besoin( d'| de| du| des)",
    r"il nous (faut|faudrait)", r"il faudrait( absolument| vraiment)?( ajouter| avoir| pouvoir)?",
    r"il faut (absolument |vraiment )?(ajouter|avoir|pouvoir|intégrer|proposer)",
    r"il (nous |me )?manque( juste| encore| seulement| vraiment)?", r"ce qui (nous |me )?manque\s*:?",
    r"(pourriez|pouvez)-vous( ajouter| proposer| intégrer| prévoir| nous donner)?",
    r"est-ce (qu'il|que ce) serait possible (d'avoir|d'|de)", r"(serait|sera)-t-il possible (d'avoir|d'|de)",
    r"est-ce possible (d'avoir|d'|de)", r"est-ce que (vous pourriez|vous pouvez)( ajouter| proposer)?",
    r"ce serait (bien|super|génial|top|utile) (d'avoir|d'|de|que)", r"merci d'ajouter", r"vivement",
    r"(on|nous) (attend|attendons)( toujours| encore)?",
    r"(ils|elles|nous|on) (voulaient|voulions|voudraient|veulent|voulait|voudrait)( aussi| surtout)?", r"nous demandons( depuis longtemps)?",
    r"(ils|elles|nos clients|nos équipes) (demandent|réclament)",
    r"(sera|serez|seront)(-t-il|-t-elle)? (bientôt )?disponibles? (en|sur|avec|dans)",
    r"sans",
    # German
    r"((wir|ich) )?(brauchen|brauche|braucht|benötigen|benötige|benötigt)( dringend| unbedingt| noch)?",
    r"((wir|ich) )?(bräuchten|bräuchte|benötigten|hätten gerne?)( dringend| unbedingt| noch)?",
    r"(wir|ich) (wünschen|wünsche) (uns|mir)", r"(wir|ich) (hätten|hätte) gerne?", r"(wir|ich) (möchten|würden gerne?)",
    r"(es )?fehlt( uns| mir)?( nur| leider| noch| aber)*", r"gibt es pläne (für|zu)?",
    r"(könnt ihr|können sie|könntet ihr|könnten sie)( bitte)?", r"wäre es möglich", r"ohne",
    r"für uns wichtig\s*:?", r"uns fehlt", r"schön wäre", r"toll wäre", r"super wäre",
    r"(wir|ich) (vermissen|vermisse)", r"(wir|ich) (warten|warte)( immer)? noch auf", r"wir bitten um",
    # Spanish
    r"(necesitamos|necesito|necesitaríamos|necesitábamos|necesitaba|necesitan|necesita)( que)?", r"(nos|me) gustaría( que| tener| poder| ver)?",
    r"(queremos|quisiéramos|quisiera|queríamos)( que| tener| poder| ver)?", r"(nos |me )?falta(n)?( solo| todavía)?",
    r"¿?hay planes (para|de)", r"¿?(pueden|podrían|podéis|podrías)( añadir| agregar| poner| tener)?",
    r"sería (ideal|genial|útil|estupendo|bueno|fantástico)( que| tener| poder| poder tener)?",
    r"estaría bien( que| tener)?", r"sin", r"(seguimos|sigo) esperando", r"(pedimos|solicitamos)",
    r"¿(tienen|tenéis|hay|existe|es posible)", r"(preguntan|piden) (si|por)",
    # Italian
    r"(vorremmo|vorrei)( avere| poter)?", r"(ci |mi )?(serve|servirebbe|servono|servirebbero)",
    r"abbiamo bisogno (di|del|della|dei|delle)", r"ci piacerebbe( avere)?", r"(ci |mi )?manca(no)?( solo| ancora)?",
    r"(potreste|potete)( aggiungere)?", r"sarebbe (utile|bello|fantastico|ottimo) (avere|poter|che)", r"senza",
    # Dutch
    r"(wij|we|ik) (willen|wil) graag", r"(wij|we|ik) (hebben|heb) .{0,20}nodig", r"(wij|we|ik) (missen|mis)",
    r"(kunnen|kunt) (jullie|u)( ook)?", r"zonder", r"er ontbreekt",
    # Portuguese
    r"(precisamos|preciso)( de| que)?", r"(gostaríamos|gostaria)( de| que)?", r"(queríamos|queremos)( que)?",
    r"seria (ótimo|útil|bom|ideal)( ter| que)?", r"(nos |me )?falta(m)?", r"sem",
]

# these judge the words before them: "Une appli mobile pour voir les écoutes serait pratique"
_JUDGES_THING_BEFORE = [
    r"serait (très |vraiment |super |bien )?(utile|utiles|pratique|appréciée?s?|génial|top|idéal|bien|le bienvenu|la bienvenue|un plus)",
    r"nous (ferait|feraient) gagner", r"(est|serait) (indispensable|essentiel(le)?|obligatoire|non négociable)",
    r"(wäre|wären) (noch |echt |wirklich |sehr )?(super|toll|schön|wichtig|hilfreich|praktisch|klasse|genial|gut|"
    r"das i-tüpfelchen|ein traum)", r"(würde|würden) uns .{0,30}(sparen|helfen|erleichtern)",
    r"(sería|serían) (muy |realmente )?(ideal|genial|útil|útiles|estupendo|fantástico|de gran ayuda)",
    r"nos (ahorraría|ahorraríamos|ayudaría)", r"¿es posible\??", r"est-ce (prévu|possible)\s*\??",
    r"(wäre|wären) .{0,30}(ein|eine) (echter |großer |riesiger )?(gewinn|mehrwert|hilfe)",
    r"serait un (vrai |gros )?plus", r"sería una (gran )?ayuda",
    r"(sarebbe|sarebbero) (molto )?(utile|utili|fantastico|ottimo|comodo)",
    r"(zou|zouden) (erg |heel )?(fijn|handig|geweldig|mooi) zijn",
    r"(seria|seriam) (muito )?(ótimo|útil|bom|ideal)",
]

# these wrap what is asked for: "Für uns wäre eine deutsche Oberfläche wichtig", "Wäre super, wenn es eine App
# für iOS gäbe"
_WRAPS = [
    r"wäre (?P<thing>[^,.;:!?]{3,60}?) (?:noch |sehr |echt |wirklich |extrem )?(?:wichtig|super|toll|schön|hilfreich|praktisch|gut)\b",
    r"wäre (?:super|toll|schön|gut|klasse|prima|genial|praktisch|hilfreich),? wenn (?:es |man |ihr |sie |wir )?"
    r"(?P<thing>[^,.;:!?]{3,80}?)(?: gäbe| hätte| hätten| könnte| könnten| würde| würdet| anbieten würdet)?(?=\s*[,.;:!?–-]|\s*$)",
]

# a bare courtesy marks what it follows or precedes as asked for: "Interface des tablettes en français SVP!"
_PLEASE = [r"s'il vous pla[iî]t", r"s'il te pla[iî]t", r"svp", r"por favor", r"bitte", r"per favore",
           r"alstublieft", r"a.u.b.", r"graag", r"por gentileza"]

# "sans problème", "ohne Zweifel", "sin duda": what nobody lacks
_NO_TROUBLE = {"problème", "problèmes", "souci", "soucis", "doute", "encombre", "faute", "problema", "problemas",
               "duda", "dudas", "problem", "probleme", "problemen", "zweifel", "frage", "fehler", "problemi", "dubbio",
               "twijfel", "dúvida", "dúvidas", "rien", "nichts", "nada", "niente", "niets", "mehr"}

# the words that end what is asked for: a reason, a purpose or another clause
_ENDS_THING = re.compile(
    r"\s*(?:[,;:!?()]|\s-\s|\s–\s|\.(?:\s|$)|\b(?:afin de|afin que|car|parce que|puisque|comme|"
    r"um|damit|weil|denn|da|sonst|porque|ya que|pues|perché|così|omdat|zodat|want|om|"
    r"porque|pois|mais|aber|pero|ma|maar|mas)\b"
    # "for" before a doing or a determiner is a purpose or a beneficiary ("pour voir les écoutes", "para que",
    # "pour nos adhérents"); before a bare name it is part of the thing ("versión para Android")
    r"|\b(?:pour|para|per)\s+(?=(?:que|qu'|che|l'|la|le|les|nos|notre|nuestros?|nuestras?|los|las|el|un|une|"
    r"una|uno|i|il|gli|lo|mes|mis|ses|sus|leurs?|vos|tous|todos|tutti|chaque|cada|ogni)\b|"
    r"[^\W\d_]+(?:ar|er|ir|re)\b))", re.IGNORECASE)

# articles and the like a title does without: "un suivi du comportement" is "Suivi du comportement"
_LEADING = re.compile(
    r"^(?:(?:l'|d'|un'|qu')|(?:un|une|le|la|les|des|du|de|ein|eine|einen|einem|einer|der|die|das|den|dem|el|los|"
    r"las|una|lo|il|gli|uno|het|een|o|a|os|as|um|uma|noch|nur|juste|encore|solo|todavía|also|auch|aussi|también|"
    r"anche|ook|dringend|unbedingt|que|dass|che|dat|man|on|es)\s+)+", re.IGNORECASE)

# a clause's own subject ends the thing a "without" names: "ohne EDI-Anbindung an unsere Verlader können wir ..."
_CLAUSE_OPENS = re.compile(r"\s(?:wir|ich|man|on|nous|je|vous|no|ne|non|noi|wij|we|ik|nós|podemos|können|kann)\b",
                           re.IGNORECASE)
_WITHOUT = {"sans", "ohne", "sin", "senza", "sem", "zonder"}
_FOR_WHOM = re.compile(r"(?:für|pour|para|per|voor)\b", re.IGNORECASE)
# an infinitive after "without" is a doing, no thing: "sans imprimer", "sin llamar al chofer"
# (not "-re" nor "-ier": "sans signature", "sans papier" name things)
_DOING = re.compile(r"^[^\W\d_]+(?:(?<!i)er|ir|ar|are|ere|ire)\b|^zu\b", re.IGNORECASE)


# French elision: "l'hébergement" is "hébergement", "d'affacturage" "affacturage"; a word that opens on one is French
ELISION = re.compile(r"(?<!\w)(?:[ldjnsc]|qu)['’](?=[^\W\d_])", re.IGNORECASE)


def _alternation(patterns):
    return "|".join(f"(?:{p})" for p in sorted(patterns, key=len, reverse=True))


_BEFORE_THING_RES = [re.compile(r"(?:^|(?<=[\s¿¡:,;(]))(?:" + p + r")(?=[\s:'.!?,;]|$)", re.IGNORECASE)
                     for p in _ASK_BEFORE_THING]
# a lack may follow what is lacking: "Qualifikationsmatrix fehlt leider.", "Deutsch als Sprache fehlt noch!"
_LACKS = re.compile(r"\b(?:fehlt|fehlen|manque|manquent|falta|faltan|manca|mancano|ontbreekt|faltam)\b", re.IGNORECASE)
_JUDGES_RE = re.compile(r"(?:^|(?<=\s))(?:" + _alternation(_JUDGES_THING_BEFORE) + r")\b", re.IGNORECASE)
_ADDS_RE = re.compile(r"\s*(?:et aussi|et|und auch|und|y también|y|e|en|also|aussi|auch)\s", re.IGNORECASE)
# what may stand between the asking words and the thing: "Wir wünschen uns nur, dass man ...", "il manque : ..."
_OPENING = re.compile(r"^(?:\s|[:,']|nur\b|juste\b|seulement\b|solo\b|noch\b|dass\b|que\b|qu'|che\b|dat\b)+",
                      re.IGNORECASE)
_WRAPS_RE = [re.compile(p, re.IGNORECASE) for p in _WRAPS]
_PLEASE_RE = re.compile(r"(?:^|(?<=[\s,]))(?:" + _alternation(_PLEASE) + r")(?=[\s,.!?]|$)", re.IGNORECASE)


_ANY_ASKING = re.compile("|".join(f"(?:{p})" for p in [*_ASK_BEFORE_THING, *_JUDGES_THING_BEFORE, *_PLEASE,
                                                         *(w.replace("?P<thing>", "") for w in _WRAPS)]),
                         re.IGNORECASE)


@dataclass
class ForeignAsk:
    trigger: tuple[int, int]  # character offsets in the sentence
    subject: str


def foreign_ask(sentence: str, asked_before: bool = False, strong_only: bool = False) -> ForeignAsk | None:
    """The ask of a sentence in another language, or None when no phrase of asking is in it. `asked_before`: an
    earlier sentence of the comment asked, so a short one that opens with "and" adds to it ("Und Deutsch als
    Sprache!"). `strong_only`: only by phrases no English sentence holds (not "sans", "and")."""
    if not _ANY_ASKING.search(sentence) and not (asked_before and not strong_only):
        return None  # most sentences: one search instead of a hundred
    for wrap in _WRAPS_RE:
        found = wrap.search(sentence)
        if found and _trimmed(found["thing"]):
            # "Hosting in der EU wäre für unsere Kunden wichtig": for whom it matters; the thing comes before
            thing = _trimmed(found["thing"])
            if _FOR_WHOM.match(thing):
                thing = _thing_before(sentence, found.start())
            if thing:
                return ForeignAsk(found.span(), thing)
    found = _JUDGES_RE.search(sentence)
    if found:
        subject = _thing_before(sentence, found.start())
        if subject:
            return ForeignAsk(found.span(), subject)
    # the earliest phrase, and of those the longest: "¿Hay planes para" before "¿Hay"
    phrases = sorted((m for pattern in _BEFORE_THING_RES for m in pattern.finditer(sentence)),
                     key=lambda m: (m.start(), -m.end()))
    for found in phrases:
        without = found.group().lower() in _WITHOUT
        subject = _thing_after(sentence, found.end(), without)
        if not subject and _LACKS.search(found.group()):
            subject = _thing_before(sentence, found.start())
        if subject and not (strong_only and without):
            return ForeignAsk(found.span(), subject)
    found = _PLEASE_RE.search(sentence)  # none is English: "bitte", "svp", "graag"
    if found:
        subject = _thing_after(sentence, found.end()) or _thing_before(sentence, found.start()) \
            or _thing_after(sentence[:found.start()], 0)
        if subject:
            return ForeignAsk(found.span(), subject)
    found = _ADDS_RE.match(sentence)
    if asked_before and not strong_only and found and len(sentence.split()) <= 8:
        subject = _thing_after(sentence, found.end())
        if subject:
            return ForeignAsk(found.span(), subject)
    return None


def _thing_after(sentence: str, start: int, without: bool = False) -> str:
    rest = _OPENING.sub("", sentence[start:])
    end = _ENDS_THING.search(rest)
    if without:
        # "Sans signature électronique on perd des jours": a lack, then what it costs; not "Tout est sans papier."
        opens = _CLAUSE_OPENS.search(rest)
        if _DOING.match(rest) or opens is None:
            return ""
        end = opens if end is None or opens.start() < end.start() else end
    words = _trimmed(rest[:end.start()] if end else rest)
    return "" if words.split()[:1] and words.split()[0].lower() in _NO_TROUBLE else words


def _thing_before(sentence: str, end: int) -> str:
    """The words before `end` back to a boundary; when none stand there, the piece before that boundary
    ("Hébergement en Europe : est-ce prévu ?")."""
    head = sentence[:end]
    cuts = [0] + [m.end() for m in re.finditer(r"[.;:!?,]\s|\s[-–]\s|^\s*(?:avec|mit|con|met|com)\s", head)]
    for start, stop in zip(reversed(cuts), [len(head), *reversed(cuts[1:])]):
        words = _trimmed(head[start:stop])
        if words and words.lower() not in _POINTERS:  # "..., ce serait top": what "ce" points back to
            return words
    return ""


_POINTERS = {"ce", "c'", "cela", "ça", "das", "dies", "es", "esto", "eso", "questo", "ciò", "dat", "dit", "isso", "isto"}


def _trimmed(words: str) -> str:
    words = _LEADING.sub("", words.strip(" .,;:!?¿¡\"'")).strip(" .,;:!?")
    if not any(ch.isalpha() for ch in words):
        return ""
    return " ".join(words.split()[:12])


# Sentiment of a comment in another language: words of praise and of complaint, written from the languages. The
# English sentiment layers read such comments as neutral (in the development sets, 49 of 58 positive ones).
_PRAISE = [
    # French
    r"bon(ne)?s?", r"très bien", r"(marche|marchent|fonctionne|fonctionnent|passé) (très )?bien", r"excellente?s?",
    r"super", r"géniale?s?", r"parfaite?s?", r"parfaitement", r"merci", r"efficaces?", r"simples?", r"faciles?",
    r"rapides?", r"rapidement", r"réacti(f|ve|fs|ves)", r"top", r"ador(e|ons|ent)", r"contente?s?", r"satisfaite?s?",
    r"agréables?", r"sympa", r"claire?s?", r"pratiques?", r"rien à signaler", r"sans (problème|souci)s?",
    # German
    r"gut(e|er|es|en)?", r"super", r"toll(e|er|es)?", r"prima", r"klasse", r"zufrieden", r"einfach(er)?",
    r"schnell(er)?", r"stabil", r"zuverlässig", r"einwandfrei", r"freundlich(e|er)?", r"flexibel", r"übersichtlich",
    r"danke", r"hilfreich", r"perfekt", r"begeistert", r"gerne?", r"kein(e)? (problem|probleme)",
    # Spanish
    r"buen[oa]?s?", r"muy bien", r"excelentes?", r"content[oa]s?", r"encanta(n)?", r"gusta(n)?", r"gustó",
    r"fáciles?", r"fácil", r"útil(es)?", r"rápid[oa]s?", r"amables?", r"gracias", r"genial(es)?", r"perfect[oa]",
    r"estupend[oa]", r"fantástic[oa]", r"cómod[oa]", r"sin problemas?",
    # Italian
    r"buon[oa]?", r"ottim[oa]", r"bene", r"grazie", r"facile", r"veloce", r"chiar[oa]", r"competitiv[oa]",
    r"perfett[oa]", r"content[ie]", r"soddisfatt[ie]", r"senza problemi",
    # Portuguese, Dutch
    r"bo[ma]", r"ótim[oa]", r"obrigad[oa]", r"satisfeit[oa]s?", r"goed", r"tevreden", r"makkelijk", r"bedankt",
    r"handig",
]
# Words that judge the vendor even inside a sentence that asks: leaving or choosing another ("Abbiamo scelto Innkeep
# Pro: ..."), and impatience ("Wann kommt endlich die deutsche Version?").
_ALWAYS_JUDGE = [
    r"résilier", r"a choisi", r"avons choisi", r"ont choisi", r"quitter", r"toujours pas", r"depuis des mois",
    r"gekündigt", r"kündigen", r"gewechselt", r"endlich", r"immer noch nicht", r"seit monaten",
    r"elegimos", r"hemos elegido", r"hemos cambiado", r"nos fuimos", r"cancelar", r"todavía no", r"sigue sin",
    r"desde hace meses", r"abbiamo scelto", r"abbiamo cambiato", r"abbiamo lasciato", r"ancora non", r"da mesi",
    r"escolhemos", r"gekozen voor", r"overgestapt",
]
_COMPLAINT = [
    # French
    r"lente?s?", r"lentement", r"problèmes?", r"bugs?", r"pannes?", r"cher|chère|chers", r"mauvaise?s?",
    r"décevante?s?", r"nulle?", r"difficiles?", r"compliquée?s?", r"erreurs?", r"pas sérieux", r"inacceptable",
    r"déçue?s?",
    # German
    r"langsam(er)?", r"probleme?", r"fehler", r"teuer", r"schlecht(e|er)?", r"enttäusch(t|end)", r"kompliziert",
    r"umständlich", r"stürzt", r"absturz", r"leider", r"ärgerlich",
    # Spanish
    r"lent[oa]s?", r"problemas?", r"errore?s?", r"car[oa]s?", r"mal[oa]?s?", r"difícil(es)?", r"complicad[oa]s?",
    r"decepcionad[oa]s?", r"lamentablemente", r"se corta",
    # Italian
    r"problem[ai]", r"costos[oa]", r"male", r"difficile", r"purtroppo",
    # Portuguese, Dutch
    r"ruim", r"infelizmente", r"traag", r"probleem", r"duur", r"slecht", r"helaas",
    *_ALWAYS_JUDGE,
]
# where a sentence breaks into clauses: "Gute Software, aber wir vermissen ...", "Abbiamo scelto X: check-in ..."
_CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:mais|aber|pero|ma|maar|mas|cependant|jedoch|sin embargo)\s+", re.IGNORECASE)
_NOT_A_COMPLAINT = re.compile(r"\b(?:sans|sin|senza|kein|keine|pas de|aucun|nessun)\s+\w*\s*$", re.IGNORECASE)
_PRAISE_RE = re.compile(r"(?<![\w-])(?:" + _alternation(_PRAISE) + r")(?![\w-])", re.IGNORECASE)
_COMPLAINT_RE = re.compile(r"(?<![\w-])(?:" + _alternation(_COMPLAINT) + r")(?![\w-])", re.IGNORECASE)
_ALWAYS_JUDGE_RE = re.compile(r"(?<![\w-])(?:" + _alternation(_ALWAYS_JUDGE) + r")(?![\w-])", re.IGNORECASE)


def judging_words(text: str) -> tuple[list[str], list[str]]:
    """A sentence's words of praise and of complaint, as written."""
    return ([m.group() for m in _PRAISE_RE.finditer(text)],
            [m.group() for m in _COMPLAINT_RE.finditer(text) if not _NOT_A_COMPLAINT.search(text[:m.start()])])


def judging_words_beside_asks(text: str, asked: list[str]) -> tuple[list[str], list[str]]:
    """An asking sentence's words of praise and complaint in its clauses that hold none of its asks (`asked`: their
    words), and its words of leaving or impatience anywhere ("Gute Software, aber wir vermissen den Import": "Gute";
    "Ein Export wäre super": nothing, the words judge the thing asked for)."""
    lowered = text.lower()
    spans = [(at, at + len(words)) for words in asked if words and (at := lowered.find(words.lower())) >= 0]
    if len(spans) < len(asked):
        spans = [(0, len(text))]  # an ask not found as written: the whole sentence asks
    for judges in (_JUDGES_RE, *_WRAPS_RE):  # "Wäre super, wenn es eine App gäbe": the words judge the thing
        text = judges.sub(lambda found: " " * len(found.group()), text)
    good, bad, start = [], [], 0
    for cut in [*_CLAUSE_BREAK.finditer(text), None]:
        end = cut.start() if cut else len(text)
        if not any(a < end and start < b for a, b in spans):
            praise, complaint = judging_words(text[start:end])
            good, bad = good + praise, bad + complaint
        else:
            bad += [m.group() for m in _ALWAYS_JUDGE_RE.finditer(text[start:end])]
        start = cut.end() if cut else end
    return good, bad


def foreign_sentiment(judged) -> tuple[str, float, str]:
    """The label, polarity and reason of a comment in another language from the words of praise and complaint of
    its sentences (``judging_words``; of an asking sentence, those outside its asks: ``judging_words_beside_asks``),
    as DOMAIN.md reads a comment: praise outweighing complaint is positive (with a request too), complaint
    outweighing praise negative, a plain request or an even mix neutral."""
    praise = [word for good, _ in judged for word in good]
    complaint = [word for _, bad in judged for word in bad]
    if len(praise) > len(complaint):
        label, polarity = "positive", min(0.8, 0.3 + 0.1 * (len(praise) - len(complaint)))
    elif len(complaint) > len(praise):
        label, polarity = "negative", -min(0.8, 0.3 + 0.1 * (len(complaint) - len(praise)))
    else:
        label, polarity = "neutral", 0.0
    said = ", ".join(f"“{w}”" for w in praise + complaint) or "no words of praise or complaint"
    return label, polarity, f"written in another language: {said} -> {label}"
