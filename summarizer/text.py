"""Sentence splitting with character offsets.

pysbd (Golden Rules-tested, rule based, no data downloads) finds the sentence
boundaries; we then locate each sentence in the original text so offsets are
exact whatever pysbd normalises.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from summarizer.facts import EN_TITLE_ABBREVIATIONS, FOREIGN_MONTHS, MONTH_RE, WEEKDAY_RE
from summarizer.language import lexical_language
from summarizer.types import Sentence

# Chinese characters (hanzi, kanji) and Japanese kana: scripts written without
# spaces between words. Each such character is a word of its own (:func:`words`,
# :func:`count_words`), as word counts in Chinese and Japanese go; Korean hangul
# is written with spaces between words and is not among them.
# Chinese characters (and the iteration mark 々, 〆, the numeral 〇)
HAN = "\u3005-\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Japanese hiragana and katakana (full and half width): Chinese has none
KANA = "\u3041-\u3096\u309d-\u309f\u30a1-\u30fa\u30fc-\u30ff\u31f0-\u31ff\uff66-\uff9f"
CJK = HAN + KANA
_CJK_CHAR = re.compile(f"[{CJK}]")
# A word: one CJK character, or a run of other word characters.
_WORD = re.compile(rf"[{CJK}]|[^\W{CJK}]+(?:(?:[’'-]|\.-?|(?<=\d),(?=\d))[^\W{CJK}]+)*", re.UNICODE)
# For counting words in CJK text: each CJK character, and each run of other
# characters between spaces and CJK characters that holds a letter or digit.
_TOKEN = re.compile(rf"[{CJK}]|[^\s{CJK}]+")
_HAS_WORD_CHAR = re.compile(r"\w")


# pysbd's rules for the brief's language (summarizer.language.current_language):
# Spanish, French, German and Italian have their own (abbreviations such as
# "z.B.", "Dott.", "13. November"); Portuguese, which pysbd lacks, Chinese and
# Japanese (their sentence ends are handled below) use the English rules.
_PYSBD_LANGUAGES = frozenset({"es", "fr", "de", "it"})


@lru_cache(maxsize=16)
def _segmenter(language: str = "en"):
    import pysbd

    return pysbd.Segmenter(language=language, clean=False, char_span=False)


@lru_cache(maxsize=4096)
def _segments(piece: str, language: str) -> tuple[str, ...]:
    """pysbd's sentences of ``piece``, memoised: the same text is split again and
    again (a source sentence checked as the citation of many claims, a claim
    checked against many sources), and pysbd costs about 1 ms a sentence.

    What ``Segmenter.segment`` returns, but its sentences are found in ``piece``
    by :func:`_located`: pysbd compiles a regex of each sentence to find it, one
    new pattern a sentence, and those push its few hundred rule patterns out of
    ``re``'s cache of 512, to be compiled again (about 580 compiles a cluster)."""
    if not piece:
        return ()
    segmenter = _segmenter(language)
    return tuple(_located(piece, segmenter.processor(piece).process()))


def _located(text: str, sentences: Iterable[str]) -> Iterator[str]:
    """Each of ``sentences`` as it stands in ``text`` with the white space after
    it, the first place that ends past the one before (a sentence not in ``text``
    as written is left out): what pysbd's ``sentences_with_char_spans`` finds with
    a regex of each sentence, escaped, found with ``str.find`` instead.

    >>> list(_located("Hi there.  Bye. Bye.", ["Hi there.", "Bye.", "Bye.", "Gone."]))
    ['Hi there.  ', 'Bye. ', 'Bye.']
    """
    prior = 0
    for sentence in sentences:
        at = 0
        while (start := text.find(sentence, at)) >= 0:
            end = start + len(sentence)
            while end < len(text) and text[end].isspace():  # what \s matches
                end += 1
            if end > prior:
                yield text[start:end]
                prior = end
                break
            at = max(end, start + 1)


# Titles written before a name, with a full stop, in each language: pysbd ends
# a sentence after them ("El Sr." + "García llegó ...", "said Insp." + "Jane Roe")
# whatever its language.
TITLE_ABBREVIATIONS = {
    "en": EN_TITLE_ABBREVIATIONS,
    "es": "Sr|Sra|Srta|Sres|Dr|Dra|Dña|Gral|Lic|Ing|Prof|Excmo|Excma|Mons|Pdte|Av|Avda|Sto|Sta",
    "fr": "M|MM|Mme|Mmes|Mlle|Dr|Pr|Me|Mgr|St|Ste",
    "de": "Dr|Prof|Hr|Hrn|Fr|St|Nr|Abs|Art|Bd|Dipl|Ing",
    "it": "Sig|Sigg|Sig\\.ra|Dott|Dott\\.ssa|Prof|Avv|Ing|On|Sen|Geom|Rag|Mons|Gen|Col|Ten",
    "pt": "Sr|Sra|Srta|Dr|Dra|Prof|Profa|Eng|Gen|Av|Sto|Sta|Exmo|Exma",
}
_TITLE_END = {
    lang: re.compile(rf"(?<![\w.])(?:{titles})\.$") for lang, titles in TITLE_ABBREVIATIONS.items()
}
# A sentence never opens in lower case or with a hyphen: after a full stop,
# those are an abbreviation's ("EE.UU." + "el lunes", "c." + "-à-d.").


def _continues_abbreviation(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Is ``nxt`` the rest of the sentence ``prev``, cut by the splitter after an
    abbreviation: a title before a name ("Sr.", "Dott.", "Insp.") or, in a
    language other than English (:func:`summarizer.language.current_language`),
    a full stop followed by a word in lower case ("EE.UU." + "el lunes")?

    >>> from summarizer.language import use_language
    >>> t = "El Sr. García llegó a EE.UU. el lunes. Dijo que volvería."
    >>> with use_language("es"):
    ...     [t[a:b] for a, b in split_spans(t)]
    ['El Sr. García llegó a EE.UU. el lunes.', 'Dijo que volvería.']
    """
    language = lexical_language()
    if "\n" in text[prev[1] : nxt[0]]:
        return False
    before = text[prev[0] : prev[1]]
    if not before.endswith("."):
        return False
    title = _TITLE_END.get(language)
    first = text[nxt[0] : nxt[0] + 1]
    if language == "en":  # (pysbd's English rules read the rest)
        # a name follows the title, not a new sentence's "He", "The" ("... the rank of
        # Gen." + "He retired ...")
        word = re.match(r"[^\W\d_]+", text[nxt[0] : nxt[1]])
        return (
            bool(title.search(before))
            and first.isupper()
            and not (word and word.group().lower() in stop_words(language))
        )
    return bool(title and title.search(before)) or first.islower() or first == "-"


def split_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of ``text[start:end]`` as absolute ``(start, end)`` offsets.

    Line breaks always end a sentence (headlines and list items carry no full stop).

    >>> t = "Mr. Smith went to Washington. He met the U.S. president."
    >>> [t[a:b] for a, b in split_spans(t)]
    ['Mr. Smith went to Washington.', 'He met the U.S. president.']
    >>> t = '"Who needs a senator?" Colbert asked on Thursday. They met at 5 p.m. Monday.'
    >>> [t[a:b] for a, b in split_spans(t)]
    ['"Who needs a senator?" Colbert asked on Thursday.', 'They met at 5 p.m. Monday.']
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    pos = start
    language = lexical_language()
    rules = language if language in _PYSBD_LANGUAGES else "en"
    for line in re.finditer(r"[^\n]+", text[start:end]):
        if not line.group().strip():
            continue
        for offset, piece in pieces(line.group()):
            piece_start = start + line.start() + offset
            cursor = 0
            for seg in _segments(piece, rules):
                seg = seg.strip()
                if not seg:
                    continue
                found = piece.find(seg, cursor)
                if found < 0:  # pysbd altered the text; fall back to the rest of the piece
                    found = cursor
                    seg = piece[cursor:].strip()
                    if not seg:
                        break
                    found = piece.find(seg, cursor)
                for a, b in _unglued(seg, piece_start + found):
                    if a >= pos:
                        if spans and (
                            _continues(text, spans[-1], (a, b))
                            or _continues_abbreviation(text, spans[-1], (a, b))
                        ):
                            spans[-1] = (spans[-1][0], b)
                        else:
                            spans.append((a, b))
                        pos = b
                cursor = found + len(seg)
    return [cut for a, b in spans for cut in _quotation_ends(text, a, b)]


# A sentence end with its space lost in scraping: "... to the dispensaries.The
# Nevada Tax Commission will vote ...". A word of three or more letters ending in
# lower case, the stop, then a capitalised word that is not part of a web address
# ("www.Salon.com") or an abbreviation.
_GLUED_END = re.compile(r"(?<![\w./@-])[A-Za-z]*[a-z]{3}[.!?](?=[A-Z][a-z]+(?![\w.@/]))")


def cut_after(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` cut after each match of ``pattern``; the rest, if any,
    is the last span.

    >>> t = "It goes to the dispensaries.The board votes Thursday."
    >>> [t[a:b] for a, b in cut_after(_GLUED_END, t)]
    ['It goes to the dispensaries.', 'The board votes Thursday.']
    """
    out, start = [], 0
    for m in pattern.finditer(text):
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def _unglued(seg: str, offset: int) -> list[tuple[int, int]]:
    """Spans of ``seg`` (found at ``offset``) cut after each glued sentence end."""
    return [(offset + a, offset + b) for a, b in cut_after(_GLUED_END, seg)]


# Verbs that report speech ("said", "told", "tweeted").
SPEECH = (
    r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|charged|insisted|"
    r"explained|noted|recalled|continued|joked|quipped|declared|tweeted|warned|argued)"
)
# The attribution of the quotation before it: "he asked.", "Colbert said on ...",
# "said Sen. Jane Roe."
_ATTRIBUTION_START = re.compile(
    rf"^(?:(?:he|she|they|it|we|I|you)\s+{SPEECH}\b|{SPEECH}\s+[A-Z]"
    rf"|(?:[A-Z][\w.’'-]*\s+){{1,5}}{SPEECH}\b)"
)
_SHORT_ATTRIBUTION = re.compile(
    rf"^(?:[A-Z][\w.’'-]*\s+){{1,5}}{SPEECH}(?:\s+(?:on|in|at|to|during|after|before|from|"
    r"while|when|last|this|yesterday|today|earlier|later)\b[^.!?]{0,40})?[.!?]$"
)
# "at 5:30 p.m." + "Monday, police said.": the splitter took the abbreviation's
# full stop for a sentence end. So it does before a time zone, abbreviated or a
# named zone spelled out ("7:30 a.m." + "Pacific time and lasted ...", "Eastern Standard
# Time"; not another sentence on a time: "8 p.m." + "Extra time was needed", "9 p.m." +
# "Local time was 2 a.m. in Tokyo", "Next time, organisers said, ...").
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_CLOCK_NEXT = re.compile(
    rf"^(?:[a-z]|{WEEKDAY_RE}\b|{MONTH_RE}\s+\d"
    r"|(?:ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|GMT|UTC|BST|CET)\b"
    r"|(?:Pacific|Eastern|Central|Mountain|Atlantic|Alaska|Hawaii|Greenwich|British|Irish"
    r"|Central\s+European|Eastern\s+European|Indian|Japan|Korea|China|Moscow|Arabian?)\s+"
    r"(?:(?:Standard|Daylight|Summer|Mean)\s+)?[Tt]ime\b)"
)


# Chinese and Japanese full stops, and the closing marks that may follow them
# inside a sentence: 「対策を急ぐ。」と述べた。 is one sentence. The full-width
# full stop "．" ends a sentence as "。" does, except inside a number or a word
# of other letters (３．５, ｗｗｗ．ｅｘａｍｐｌｅ): see _INSIDE_WORD.
_CJK_STOPS = "。！？．"
_CJK_CLOSERS = "」』）】〕》〉”’"
# Right after a "．" between two word characters that are not CJK: no sentence end
# (pysbd ends a sentence at every "．").
_INSIDE_WORD = re.compile(rf"(?<=[^\W{CJK}]．)(?=[^\W{CJK}])")
# Japanese particles that go on with a quotation: 「…。」と述べた, 「…。」という
_JA_PARTICLES = "とっなはがをにのもで"
# Chinese verbs of saying that close a quotation's attribution: “…。”他说。,
# “…？”她问道。, “…。”该官员对记者表示。 (simplified and traditional forms).
_ZH_SPEECH = (
    "说|說|表示|称|稱|指出|强调|強調|介绍|介紹|补充|補充|透露|坦言|解释|解釋|回答|回应|回應|"
    "写道|寫道|问道|問道|答道|告诉记者|告訴記者|宣布|宣佈|承认|承認|警告|呼吁|呼籲"
)
# A short attribution after a quotation that ends a sentence: its speaker (a few
# characters, no punctuation or quotation of its own), the verb, the sentence's
# end. It belongs to the quotation, as '"We will act," he said.' does.
_ZH_ATTRIBUTION = (
    rf"[^\s{_CJK_STOPS}{_CJK_CLOSERS}“‘「『《（(，,、；;：:]{{1,20}}?"
    rf"(?:{_ZH_SPEECH})道?[{_CJK_STOPS}]"
)
# The same attribution between two quotations of one speaker, which Chinese writes as
# one sentence: “我们会重建。”他说，“这需要时间。” (the speaker, the verb, a comma or
# colon, the next quotation's opening mark).
_ZH_ATTRIBUTION_BETWEEN = (
    rf"[^\s{_CJK_STOPS}{_CJK_CLOSERS}“‘「『《（(，,、；;：:]{{1,20}}?"
    rf"(?:{_ZH_SPEECH})道?[，,：:]\s*[“「『]"
)
# A full stop and closing marks, then the next sentence: pysbd does not end a
# sentence there (他说：“我们会重建。”随后他离开了现场。 is two; “我们会重建。”他说。
# and “我们会重建。”他说，“这需要时间。” are one).
_CJK_QUOTATION_END = re.compile(
    rf"([{_CJK_STOPS}][{_CJK_CLOSERS}]+)\s*"
    rf"(?=[^\s{_CJK_STOPS}{_CJK_CLOSERS}])"
    rf"(?![{_JA_PARTICLES}]|{_ZH_ATTRIBUTION}|{_ZH_ATTRIBUTION_BETWEEN})"
)


def _quotation_ends(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The sentence ``text[a:b]`` cut after each Chinese or Japanese quotation
    that ends a sentence inside it.

    >>> t = "他说：“我们会重建。”随后他离开了现场。"
    >>> [t[x:y] for x, y in _quotation_ends(t, 0, len(t))]
    ['他说：“我们会重建。”', '随后他离开了现场。']
    """
    out = []
    for m in _CJK_QUOTATION_END.finditer(text, a, b):
        out.append((a, m.end(1)))
        a = m.end()
    out.append((a, b))
    return out


# "bis zum 20." + "November über die Übernahme entscheiden.": a German day takes a
# full stop ("am 3. März"), which the English rules, splitting a German article of
# a brief in another language, take for a sentence end. A German month's full name
# follows, or its abbreviation, and the sentence so far reads German
# (:func:`_reads_german`; not "The toll rose to 20." + "November was the worst month.").
_DAY_END = re.compile(r"(?<![\d.])\b(?:[1-9]|[12]\d|3[01])\.$")
_GERMAN_MONTH_NEXT = re.compile("^(?:" + "|".join(FOREIGN_MONTHS["de"].split()) + r")\b")


def _reads_german(text: str) -> bool:
    """Does ``text`` use more of German's stop words than of English's (those not
    in both lists: "zum", "die" against "the", "to")? A text with none of either
    ("Temperatures hit 30.") does not.

    >>> _reads_german("Die Kommission soll bis zum 20."), _reads_german("The toll rose to 20.")
    (True, False)
    >>> _reads_german("Temperatures hit 30.")
    False
    """
    de, en = stop_words("de"), stop_words("en")
    ws = [w.lower() for w in words(text)]
    return sum(w in de and w not in en for w in ws) > sum(w in en and w not in de for w in ws)


def _continues(text: str, prev: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Is ``nxt`` the end of the sentence ``prev``, cut by the splitter? A
    quotation's attribution after its "?" or "!" ("... a super PAC?" Colbert
    said on ...), a short one after its "." ("... security." Sen. Jane Roe
    charged on Sunday.), the rest after a clock time ("at 5:30 p.m." +
    "Monday, police said."), or the rest after a closing quotation mark
    (「対策を急ぐ。」 + と述べた。), the rest of a number or word after a
    full-width full stop ("水位达到３．" + "５米。"), or the rest after a German
    day's full stop ("bis zum 20." + "November ...").

    >>> t = "首相は「対策を急ぐ。」と述べた。被害は拡大している。"
    >>> [t[a:b] for a, b in split_spans(t)]
    ['首相は「対策を急ぐ。」と述べた。', '被害は拡大している。']
    """
    if "\n" in text[prev[1] : nxt[0]]:
        return False
    before, after = text[prev[0] : prev[1]], text[nxt[0] : nxt[1]]
    if before.endswith("．") and prev[1] == nxt[0] and _INSIDE_WORD.match(text, prev[1]):
        return True  # "３．" + "５米。": a number, not a sentence end
    if before.endswith(tuple(_CJK_STOPS)):
        return after.startswith(tuple(_CJK_CLOSERS))
    if _CLOCK_END.search(before):
        return bool(_CLOCK_NEXT.match(after))
    if _DAY_END.search(before) and _GERMAN_MONTH_NEXT.match(after):
        return _reads_german(before)
    if not re.search(r"[.?!][”\"’']$", before):
        return False
    if before[-2] in "?!":
        return bool(_ATTRIBUTION_START.match(after))
    return bool(_SHORT_ATTRIBUTION.match(after))


# pysbd's abbreviation pass re-scans the whole text for each abbreviation it
# meets, so its time grows with the square of the text's length: one 100,000
# character line (scraped or JSON text often has no line breaks) took 8 s, and
# "Mr. Mr. ..." or "By Jane Jane ..." lines far longer. A long line is first
# cut at clear sentence ends (a word of five or more lower-case letters, then
# [.!?], a space and a capital or an opening quote: not an abbreviation such
# as "Mr." or "U.S."), into pieces of about MAX_PIECE characters.
MAX_PIECE = 2000
# Chinese and Japanese sentence ends are clear ends too (a full stop, perhaps a
# closing mark, then the next sentence; see _CJK_QUOTATION_END).
_CLEAR_END = re.compile(
    r"(?<=[a-z]{5}[.!?])\s+(?=[A-Z“\"‘'])"
    rf"|(?:(?<=[{_CJK_STOPS}])|(?<=[{_CJK_STOPS}][{_CJK_CLOSERS}]))(?!{_INSIDE_WORD.pattern})\s*"
    rf"(?=[^\s{_CJK_STOPS}{_CJK_CLOSERS}])(?![{_JA_PARTICLES}]|{_ZH_ATTRIBUTION})"
)


def pieces(line: str) -> list[tuple[int, str]]:
    """``(offset, text)`` pieces of ``line`` for the sentence splitter.

    >>> [len(p) for _, p in pieces("Rivers rose on Friday. " * 200)]
    [2000, 2000, 598]
    """
    if len(line) <= MAX_PIECE:
        return [(0, line)]
    cuts, start = [], 0
    for m in _CLEAR_END.finditer(line):
        if m.start() - start >= MAX_PIECE:
            cuts.append((start, m.start()))
            start = m.end()
    cuts.append((start, len(line)))
    out: list[tuple[int, str]] = []
    for a, b in cuts:
        # No clear sentence end for a long stretch (a list of names, garbage):
        # cut at a space; sentence boundaries there are lost anyway.
        while b - a > 4 * MAX_PIECE:
            space = line.rfind(" ", a + MAX_PIECE // 2, a + MAX_PIECE)
            cut = space if space > a else a + MAX_PIECE
            out.append((a, line[a:cut]))
            a = cut
        out.append((a, line[a:b]))
    return out


def split_sentences(
    text: str,
    doc_id: str = "",
    spans: tuple[tuple[int, int], ...] | None = None,
    first_index: int = 0,
) -> list[Sentence]:
    """Sentences of ``text`` (restricted to ``spans`` when given), with offsets."""
    regions = spans if spans is not None else ((0, len(text)),)
    out: list[Sentence] = []
    for a, b in regions:
        for s, e in split_spans(text, a, b):
            out.append(Sentence(doc_id, first_index + len(out), s, e, text[s:e]))
    return out


def words(text: str) -> list[str]:
    """Word tokens (letters/digits, keeping inner apostrophes, dots and hyphens;
    each CJK character one token).

    >>> words("The mayor's U.S.-led plan"), words("市长表示：3.5亿")
    (['The', "mayor's", 'U.S.-led', 'plan'], ['市', '长', '表', '示', '3.5', '亿'])
    """
    return _WORD.findall(text)


def is_cjk(word: str) -> bool:
    """Is ``word`` (one of :func:`words`) a Chinese or Japanese character?"""
    return bool(_CJK_CHAR.match(word))


def has_cjk(text: str) -> bool:
    """Does ``text`` hold a Chinese or Japanese character anywhere?"""
    return _CJK_CHAR.search(text) is not None


def number_of(n: int, noun: str, plural: str | None = None) -> str:
    """``n`` and an English noun in the number it needs (messages, reports).

    >>> number_of(1, "word"), number_of(2, "word"), number_of(0, "entry", "entries")
    ('1 word', '2 words', '0 entries')
    """
    return f"{n} {noun if n == 1 else plural or noun + 's'}"


def count_words(text: str) -> int:
    """Words as ``wc -w`` counts them (whitespace-separated), which is how a
    user checks a word budget; in Chinese and Japanese, written without spaces,
    each character (:data:`CJK`) is a word, and the punctuation between them none.

    >>> count_words("Rivers rose on Friday."), count_words("河水周五上涨。")
    (4, 6)
    >>> count_words("2024年5月")
    4
    """
    if not has_cjk(text):
        return len(text.split())
    return sum(1 for _ in _counted(text))


def _counted(text: str) -> Iterator[re.Match[str]]:
    """The words :func:`count_words` counts in a text with CJK characters."""
    for m in _TOKEN.finditer(text):
        if _HAS_WORD_CHAR.search(m.group()):  # a CJK character is a word character
            yield m


def first_words(text: str, n: int) -> str:
    """The first ``n`` words of ``text`` as :func:`count_words` counts them, its
    spaces collapsed, with "…" when there is more.

    >>> first_words("  BRUSSELS: US top diplomat Antony Blinken warned", 4)
    'BRUSSELS: US top diplomat…'
    >>> first_words("本周二，南方某省连续三天的暴雨。", 6)
    '本周二，南方某…'
    """
    parts = text.split()
    if not has_cjk(text):
        return " ".join(parts[:n]) + ("…" if len(parts) > n else "")
    flat = " ".join(parts)
    for counted, m in enumerate(_counted(flat), 1):
        if counted == n:
            more = count_words(flat[m.end() :]) > 0
            return flat[: m.end()] + ("…" if more else "")
    return flat


# Function words sumy's lists lack (its Spanish list has no "de", "que" or
# "y"): articles, prepositions, conjunctions, pronouns and forms of "be" and
# "have", the most frequent words of news prose in each language.
# fmt: off
_MORE_STOP_WORDS = {
    "spanish": "a al de del e el la las lo los o u y que se no ni le les me te nos os su sus "
               "mi mis tu tus más muy ya sí hay ha han he has había habían fue fueron es son "
               "era eran ser está están estaba este esta estos estas ese esa esos esas esto "
               "eso él ella ellas ellos qué quien quienes cual cuales hasta durante contra "
               "otro otra otros otras todo toda todos todas algo nada mucho poco según tras "
               "en un una unos unas por para con sin sobre entre como pero sino porque "
               "cuando donde desde hacia",
    "french": "a à au aux de des du d l la le les un une et ou où ne n pas plus que qu qui "
              "se s son sa ses leur leurs ce c cet cette ces il ils elle elles on en y est "
              "sont été être a ont avait avaient sera selon après avant lors entre sous "
              "pour par dans sur avec sans mais donc car comme si",
    "german": "der die das den dem des ein eine einer eines einem einen und oder aber in im "
              "an am zu zum zur mit von vom auf für bei nach aus über um ist sind war waren "
              "hat haben hatte hatten wird werden wurde wurden sich nicht als auch es sie er "
              "wir ihr ihre ihren sein seine seiner dass daß so wie noch nur durch gegen "
              "ohne unter vor zwischen bis seit wenn weil ob",
    "italian": "a al allo alla ai agli alle di del dello della dei degli delle da dal dalla "
               "in nel nella nei su sul sulla con per tra fra il lo la i gli le un uno una e "
               "ed o che non si è sono ha hanno era erano stato stata più ma come se anche "
               "dopo prima",
    "portuguese": "a à ao aos as às o os de do da dos das em no na nos nas um uma uns umas e "
                  "ou que se não é são foi foram era eram está estão tem têm há por pelo pela "
                  "para com sem sobre mais seu sua seus suas ele ela eles elas segundo após "
                  "mas como também quando onde desde",
}
# fmt: on
# ISO 639-1 code -> the name sumy and Snowball give the language.
LANGUAGE_NAMES = {
    "en": "english",
    "es": "spanish",
    "fr": "french",
    "de": "german",
    "it": "italian",
    "pt": "portuguese",
}  # fmt: skip


def stop_words(language: str | None = None) -> frozenset[str]:
    """Stop words of ``language`` (else the brief's language,
    :func:`summarizer.language.current_language`): sumy's list (the one the
    LexRank baseline uses), with the most frequent function words it lacks for
    languages other than English. Languages without their own list use the
    English one.

    >>> "the" in stop_words("en"), "de" in stop_words("es"), "und" in stop_words("de")
    (True, True, True)
    """
    return _stop_words(lexical_language(language))


@lru_cache(maxsize=16)
def _stop_words(language: str) -> frozenset[str]:
    from sumy.utils import get_stop_words

    name = LANGUAGE_NAMES[language]
    return frozenset(get_stop_words(name)) | frozenset(_MORE_STOP_WORDS.get(name, "").split())


def function_words(language: str | None = None) -> frozenset[str]:
    """The function words of ``language`` (else the brief's language) alone:
    articles, prepositions, conjunctions, pronouns, auxiliaries; not the
    content words some stop-word lists hold ("personnes", "bajo"). English:
    :func:`stop_words`.

    >>> "de" in function_words("fr"), "personnes" in function_words("fr")
    (True, False)
    """
    name = LANGUAGE_NAMES[lexical_language(language)]
    if name == "english":
        return stop_words("en")
    return _function_words(name)


@lru_cache(maxsize=16)
def _function_words(name: str) -> frozenset[str]:
    return frozenset(_MORE_STOP_WORDS[name].split())


class _MemoStemmer:
    """A stemmer that remembers stems (the snowballstemmer API): Snowball is
    pure Python, and news repeats its words (fusion stems every claim and
    variant; about 5,000 calls for the seeds, 0.3 s uncached)."""

    def __init__(self, inner):
        # bounded: a long batch never grows it without limit
        self.stemWord = lru_cache(maxsize=200_000)(inner.stemWord)

    def stemWords(self, words_: Iterable[str]) -> list[str]:
        return [self.stemWord(w) for w in words_]


def stemmer(language: str | None = None) -> _MemoStemmer:
    """The Snowball stemmer of ``language`` (else the brief's language,
    :func:`summarizer.language.current_language`; English for a language
    without one), the same algorithms as nltk's without nltk's import time,
    with each word's stem remembered (one memo per language).

    >>> stemmer("en").stemWords(["rescuers", "rescued", "rescuers"])
    ['rescuer', 'rescu', 'rescuer']
    >>> stemmer("es").stemWords(["soldados", "soldado"]), stemmer("de").stemWord("Soldaten")
    (['sold', 'sold'], 'Soldat')
    """
    return _stemmer(lexical_language(language))


@lru_cache(maxsize=16)
def _stemmer(language: str) -> _MemoStemmer:
    import snowballstemmer

    return _MemoStemmer(snowballstemmer.stemmer(LANGUAGE_NAMES[language]))


def is_question(text: str) -> bool:
    """Does the sentence ask rather than state? ('"Why now?" she asked.' states
    who asked; it does not end with the question mark.)

    >>> is_question("What was your reaction to the early anthem?"), is_question("He left.")
    (True, False)
    """
    return text.rstrip(" \"”’')]").endswith("?")


def _multi_caps(word: str) -> bool:
    """Two or more letters, all capitals ("DÁIL", "NATO"; not "A", "I")."""
    return word.isupper() and sum(c.isalpha() for c in word) > 1


def _before(text: str, pos: int) -> str:
    """The character before ``pos``, spaces and tabs skipped (a few at most)."""
    return text[max(0, pos - 8) : pos].rstrip(" \t")[-1:]


def word_forms(texts: Iterable[str]) -> dict[str, str]:
    """How a set of articles writes each word outside capitals: lower-cased
    word -> its most common form in mixed case ("dáil" -> "Dáil", "is" -> "is").
    A word the articles also write in capitals as a name maps to its capitals:
    alone ("NATO said", "the US and ..."), or in a run of capitals inside a
    sentence ("told USA TODAY on Monday").

    >>> word_forms(["The Dáil sat. NATO said the Dáil and the US agreed."])["dáil"]
    'Dáil'
    >>> forms = word_forms(["The US said so. Tell us. He told USA TODAY that today ..."])
    >>> forms["us"], forms["today"]
    ('US', 'TODAY')
    """
    seen: dict[str, dict[str, int]] = {}
    names: set[str] = set()
    for text in texts:
        for m in _WORD.finditer(text):
            w = m.group()
            # a sentence's or line's first word is capitalised whatever it is
            # (the text's first word too: "" is in any string)
            opens = _before(text, m.start()) in '\n.!?"“”‘’:'
            if not opens and not _multi_caps(w) and any(c.isalpha() for c in w):
                counts = seen.setdefault(w.lower(), {})
                counts[w] = counts.get(w, 0) + 1
        for m in _CAPS_RUN.finditer(text):
            run = [w for w in words(m.group()) if _multi_caps(w)]
            before = _before(text, m.start())
            if len(run) == 1:
                names.update(run)
            elif before.isalnum() or before == ",":  # not its function words: "AT THE"
                names.update(w for w in run if w.lower() not in stop_words())
    forms = {k: max(v.items(), key=lambda kv: (kv[1], kv[0].islower()))[0] for k, v in seen.items()}
    forms.update((n.lower(), n) for n in names)
    return forms


_CAPS_WORD = r"(?<![\w'’.-])\w*[^\W\d_a-z]{2,}[\w'’.-]*(?![\w'’-])"
# Words in capitals, one after another ("NATO", "USA TODAY", "THE DÁIL IS").
_CAPS_RUN = re.compile(rf"{_CAPS_WORD}(?:\s+{_CAPS_WORD})*")
_CAPS_LEAD_IN = re.compile(r"^[\W_]*(?:\w[\w'’.-]*\s+)+?(?=[a-z])")


def caps_lead_in(text: str, forms: dict[str, str]) -> str:
    """A sentence opened by words in capitals, a print layout's lead-in ("THE
    DÁIL IS to sit late tonight ..."), written as the articles write those words
    elsewhere (:func:`word_forms`), the first capitalised. Acronyms and words
    the articles never write otherwise keep their capitals; a sentence without
    such a lead-in (two or more words in capitals before the first lower-case
    word, one of them a function word such as "the") is returned unchanged.

    >>> forms = word_forms(["The Dáil sat on Monday. The vote is set. FBI agents came."])
    >>> caps_lead_in("THE DÁIL IS to sit late tonight.", forms)
    'The Dáil is to sit late tonight.'
    >>> caps_lead_in("FBI AGENTS HAVE raided the office.", forms)
    'FBI agents have raided the office.'
    >>> caps_lead_in("A US official said so.", forms)
    'A US official said so.'
    >>> caps_lead_in("USA TODAY watched the show.", word_forms(["It is on today."]))
    'USA TODAY watched the show.'
    """
    m = _CAPS_LEAD_IN.match(text)
    if not m:
        return text
    run = list(_WORD.finditer(m.group()))
    if sum(_multi_caps(w.group()) for w in run) < 2 or not all(w.group().isupper() for w in run):
        return text
    # Each word as the articles write it, a function word they never use in
    # lower case; a one-letter opener ("A", "I") as it is.
    stop = stop_words()

    def written_as(word: str) -> str:
        low = word.lower()
        return forms.get(low, low if low in stop else word)

    written = [
        written_as(w.group()) if i or _multi_caps(w.group()) else w.group()
        for i, w in enumerate(run)
    ]
    # A lead-in reads as prose ("THE ... IS"); a name in capitals has no
    # function word ("USA TODAY watched ...").
    if not any(form in stop for form in written):
        return text
    out, last = [], 0
    for i, (w, form) in enumerate(zip(run, written, strict=True)):
        if i == 0:
            form = form[:1].upper() + form[1:]
        out += [text[last : w.start()], form]
        last = w.end()
    return "".join(out) + text[last:]


# Straight quotation marks are told apart by what is around them: an opening
# one follows a space, a line break, a colon or an opening bracket or dash and comes
# before a word; a closing one follows a word or punctuation. Two apostrophes
# ('') close a quotation in typewritten copy.
_STRAIGHT_OPENS = re.compile(r'(?:^|(?<=[\s:(\[—–-]))"(?=[\w‘\'“.…\[(-])')
_MARK = re.compile(r"[“”\"„«»]|''")
_PARAGRAPH = re.compile(r"\n\s*")
# The marks that close a quotation each opening mark opens, the one to write
# first: English “...” and "..." (either closes either, as copy mixes them),
# German „...“ and »...«, French, Spanish, Italian and Portuguese «...».
_CLOSES = {
    "“": ("”", '"', "''"),
    '"': ('"', "”", "''"),
    "„": ("“", "”"),
    "«": ("»",),
    "»": ("«",),
}


def close_quotation(text: str) -> str:
    """A sentence that opens a quotation running on into the next sentence of
    its article gets the closing mark (:func:`quotations`), so that the
    quotation ends where the brief's words do; the mark its opening one pairs
    with (German „ with “, « with », French spaced « ... » with a space).

    >>> close_quotation("The Department said: “There is always a degree of uncertainty.")
    'The Department said: “There is always a degree of uncertainty.”'
    >>> close_quotation('The club added: "The board denies any crime.')
    'The club added: "The board denies any crime."'
    >>> close_quotation("“We will rebuild,” the mayor said.")
    '“We will rebuild,” the mayor said.'
    >>> close_quotation('The 6" pipe burst on Monday.')  # inches, not a quotation
    'The 6" pipe burst on Monday.'
    >>> close_quotation("Ein Sprecher sagte: „Wir ermitteln.")
    'Ein Sprecher sagte: „Wir ermitteln.“'
    >>> close_quotation("Il a dit : « Nous reconstruirons.")
    'Il a dit : « Nous reconstruirons. »'
    """
    found = quotations(text)
    if not found or found[-1][1] < len(text):
        return text  # nothing open at the end: closed, or no quotation
    start = found[-1][0]
    closing = _CLOSES[text[start]]
    if text.endswith(closing):
        return text
    spaced = text[start + 1 : start + 2].isspace()  # « Nous ... » in French
    return text + (" " if spaced else "") + closing[0]


def _opens(text: str, pos: int) -> bool:
    """Does the mark at ``pos``, with no quotation open, open one? A curly,
    low or angle mark does (» only before a word, as German »Wort« writes
    it; French closes with a spaced »), a straight one by what is around it."""
    mark = text[pos]
    if mark == '"':
        return bool(_STRAIGHT_OPENS.match(text, pos))
    if mark == "»":
        return text[pos + 1 : pos + 2].isalnum()
    return mark in _CLOSES


def quotations(text: str) -> list[tuple[int, int]]:
    r"""The quotations of an article: ``(start, end)`` from an opening mark to
    the closing mark that pairs with it (“...”, "...", „...“, «...», »...«). A
    quotation that runs over several paragraphs opens each with a mark and
    closes only at its end, as news copy writes it; one left open at the end of
    a paragraph whose next paragraph does not open with a mark ends there (a
    lost closing mark does not run on through the article).

    >>> t = 'He said: “We will rebuild. It will take years.\n\n“We start now.” Then he left.'
    >>> [t[a:b] for a, b in quotations(t)]
    ['“We will rebuild. It will take years.\n\n“We start now.”']
    >>> t = '"Stay," she said, "and eat." They did.\n“It was late,\'\' he said. They left.'
    >>> [t[a:b] for a, b in quotations(t)]
    ['"Stay,"', '"and eat."', "“It was late,''"]
    >>> t = 'Durbin said: “Banks gouge you ...\nThe bill passed on Monday.'
    >>> [t[a:b] for a, b in quotations(t)]
    ['“Banks gouge you ...']
    >>> t = 'Er sagte: „Wir bauen auf.“ Dann ging er. « Non », dit-il.'
    >>> [t[a:b] for a, b in quotations(t)]
    ['„Wir bauen auf.“', '« Non »']
    """
    out: list[tuple[int, int]] = []
    opened: int | None = None
    closing: tuple[str, ...] = ()
    starts = [0] + [m.end() for m in _PARAGRAPH.finditer(text)]
    ends = [m.start() for m in _PARAGRAPH.finditer(text)] + [len(text)]
    for k, (a, b) in enumerate(zip(starts, ends, strict=True)):
        for m in _MARK.finditer(text, a, b):
            mark, pos = m.group(), m.start()
            opens = mark != "''" and _opens(text, pos)
            if opened is None and opens:
                opened, closing = pos, _CLOSES[mark]
            elif opened is not None and mark in closing and not (mark == '"' and opens):
                out.append((opened, m.end()))
                opened = None
        nxt = text[starts[k + 1] : starts[k + 1] + 1] if k + 1 < len(starts) else ""
        # the next paragraph opens with a mark of the same kind: "“" or '"' after English ones
        if opened is not None and nxt not in (
            ("“", '"') if text[opened] in '“"' else (text[opened],)
        ):
            out.append((opened, b))
            opened = None
    return out
