"""Boilerplate removal for scraped news, by general line rules.

Cleaning never rewrites text. It returns the *body*: the spans of the text as
loaded that hold article prose, so every later offset still refers to the
original (``Document.text``). A span is usually one line, trimmed, sometimes
with a leading dateline or agency tag cut off.

What is dropped, and why each rule is general rather than a match on known
strings:

* lines with no letter or digit (``-``, ``•``, ``…``): separators;
* "Also read:", "Read more", "See also", "Related:" lines: link teasers;
* a "Related stories" / "More from" heading and the headline-like lines that
  follow it: link blocks;
* PREV/NEXT/Previous/Next article navigation;
* bylines and credits ("Published by", "By Jane Doe", "Edited by ...",
  "Photo: ...", captions glued to an agency: "... in Brussels.AFP");
* agency sign-offs ("With AFP", "(Reporting by ...)", "Source: Reuters"), also
  glued to the end of the last prose line ("... Edited by Jane Roe.", "...
  near Delphi. Jane Roe and John Doe/ Journal & Courier");
* video-player controls glued to the first sentence ("CLOSE Skip in Skip x
  Embed x Share A former officer ..."): three or more control words;
* social-media embeds: a tweet flattened into the text ("... — Jane Doe
  (@jdoe) June 20, 2017") or an Instagram caption ("... A post shared by Jane
  Doe (@jdoe) on Jun 20, 2017 at 10:33am PDT"). They are someone's post
  quoted by the page, not the article's prose: a brief citing one would state
  a post's words as fact, without who posted them;
* photo captions: a line ending with the photographer's credit ("...
  in Las Vegas. (Jane Roe/The Daily News)") or opening "In this July 1, 2017,
  file photo, ...";
* a caption glued in front of the story on one line, ending with its credit:
  "... in Las Vegas. (Associated Press) Recreational sales ...", "The cabin of
  a plane. AP American Airlines said ...": the line is cut after the credit
  and the caption goes by the rules above;
* copyright notices ("Copyright 2017 by WKMG - All rights reserved.");
* "[Related headline]" lines and pointers at the page ("Check out the posts
  below.");
* reference markers after a sentence's end ("... in 1990.[4] It came ..."):
  an encyclopedia page's footnote numbers, which a brief would show as its
  own citation markers. The line's span is cut around them (a marker inside
  a sentence stays: cutting there would split the sentence);
* a press release's end matter: its company profile ("About Acme Corp.", "About
  the Company" and its paragraphs, in a release only), its legal notice on
  forward-looking statements (under its heading or label, or naming "this press
  release"), its contacts block and its "SOURCE Acme Corp." credit, all in a
  release only. A release is known by a wire in its dateline ("(GLOBE
  NEWSWIRE) --", "--(BUSINESS WIRE)--", "/PRNewswire/", "(Newsfile Corp. - March
  3, 2026) -", "Berlin (ots) -"; not a news agency's "(Dow Jones Newswires)"),
  a "SOURCE Acme Corp." line or its legal notice on forward-looking statements;
  a profile in its words would state the firm's description of itself as the
  news;
* heading-like lines: short lines that do not end a sentence (headlines,
  sub-heads, a headline repeated several times, outlet banners, UI words such
  as "tracking" or "Advertisement"). Article prose ends its sentences; such
  lines are not statements a brief can cite.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from summarizer.facts import ANY_MONTH_RE, FOREIGN_WEEKDAYS, MONTH_RE, WEEKDAY_RE
from summarizer.text import HAN, KANA, cut_after, is_cjk, is_question, words

AGENCIES = (
    r"AFP|AP|Reuters|EPA|EFE|ANSA|DPA|dpa|Lusa|Europa Press|EUROPA PRESS|Belga|APA|AGI|"
    r"Xinhua|Anadolu|Bloomberg|Getty Images|Getty|"
    r"Shutterstock|Kyodo|Yonhap|TASS|PA|UPI|IANS|PTI|RFI|Agencies|agencies"
)
# ... and those known only in a dateline's brackets, where they name the outlet ("SYDNEY
# (AAP) - "): elsewhere the same letters are something else, an "(AAP)" after "Aam Aadmi
# Party" no caption's credit.
DATELINE_AGENCIES = rf"{AGENCIES}|AAP"

_NO_ALNUM = re.compile(r"^[\W_]*$", re.UNICODE)
_TEASER = re.compile(
    r"^[\W_]*(also read|read also|read more|see also|related|more on this|recommended|"
    r"watch|listen|read next|read the full story|must read|don'?t miss|"
    # the same in Spanish, French, German, Italian and Portuguese
    r"(?:à\s+)?lire\s+(?:aussi|également|la\s+suite)|voir\s+aussi|"
    r"lea\s+también|lee\s+también|más\s+información|te\s+puede\s+interesar|"
    r"mehr\s+zum\s+thema|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|"
    r"leggi\s+anche|potrebbe\s+interessarti|leia\s+também|veja\s+também|saiba\s+mais)"
    r"\b\s*[:\-–—|]",
    re.IGNORECASE,
)
# The site's own notices to its reader, not the article: a cookie banner ("We use
# cookies ...", "By continuing to browse, you accept ...") and a paywall's or
# newsletter's call ("Subscribe to read more.", "Déjà abonné ? Connectez-vous."),
# in English, Spanish, French, German, Italian and Portuguese.
_SITE_NOTICE = re.compile(
    r"\bcookies?\b"
    r"|^[\W_]*(?:subscribe\s+(?:now|today|to\s+(?:read|continue|our\s+newsletter))|"
    r"already\s+a\s+subscriber|"
    r"abonnez-vous|déjà\s+abonné|inscrivez-vous\s+à\s+(?:notre|la)\s+newsletter|"
    r"suscr[ií]b(?:ete|ase|irse)\b|¿?ya\s+eres\s+suscriptor|reg[ií]strate\s+gratis|"
    r"jetzt\s+(?:abonnieren|weiterlesen|registrieren)|abonnieren\s+sie|"
    r"sie\s+haben\s+bereits\s+ein\s+abo|"
    r"abbonati|sei\s+già\s+abbonato|iscriviti\s+alla\s+newsletter|"
    r"assine\s+(?:já|agora|o|a|nossa)|já\s+é\s+assinante|inscreva-se)\b",
    re.IGNORECASE,
)
# What a cookie banner says besides the word: the site's use of them, the reader's consent.
_COOKIE_CONSENT = re.compile(
    r"\b(?:we\s+use|this\s+(?:site|website)\s+uses|consent|agree|continu\w*\s+to\s+"
    r"(?:browse|use)|nous\s+utilisons|ce\s+site\s+utilise|accept\w*|navigation|poursuivant|"
    r"utiliza(?:mos)?|usamos|acepta\w*|navegando|consentimiento|verwenden|nutzt|zustimm\w*|"
    r"einverstanden|akzeptier\w*|utilizziamo|utilizza|accett\w*|consenso|navigazione|"
    r"aceit\w*|navegação|concorda\w*)\b",
    re.IGNORECASE,
)
# ... said by the site to its reader: "we", "you", "this site" (German "Sie" only
# capitalised: lower case it is "she" or "they"). A report on cookie rules ("websites must
# obtain consent before setting cookies") says none of them.
_SITE_VOICE = re.compile(
    r"(?i:\b(?:we|our|you|your|this\s+(?:site|website)|nous|vous|votre|vos|ce\s+site|"
    r"usted|nuestr\w*|este\s+sitio|su\s+uso|wir|unser\w*|noi|nostr\w*|voi|questo\s+sito|"
    r"você|nós|nosso\w*|este\s+site)\b)|\b(?:Sie|Ihnen|Ihr\w*)\b"
)


_QUOTE_MARK = re.compile(r"[“”\"«»„]")


def site_notice(line: str) -> bool:
    """Is the line the site's notice to its reader (cookies, a paywall, a
    newsletter) rather than the article's prose? A line on cookies is one when
    it also speaks of the site's use of them or the reader's consent, in the
    site's voice to its reader ("we", "you", "this site"), so that a story about
    cookies or cookie rules is still prose; a call to subscribe is one when it
    opens the line.

    >>> site_notice("Nous utilisons des cookies pour améliorer votre expérience.")
    True
    >>> site_notice("Abonnez-vous pour lire la suite. Déjà abonné ? Connectez-vous.")
    True
    >>> site_notice("The bakery sold 300 cookies on Monday.")
    False
    >>> site_notice("Regulators fined the firm for setting cookies without consent.")
    False

    A banner quotes no one: a quoted company's "we" is prose.

    >>> site_notice('“We agree that our cookies should have been labelled,” the firm said.')
    False
    """
    m = _SITE_NOTICE.search(line)
    if m is None or len(words(line)) > 60 or _QUOTE_MARK.search(line):
        return False
    if not m.group().lower().startswith("cookie"):
        return True
    return bool(_COOKIE_CONSENT.search(line) and _SITE_VOICE.search(line))


_RELATED_HEADING = re.compile(
    r"^[\W_]*(related( stories| articles| news| content| coverage| posts| links)?|"
    r"more (stories|news|from [\w .]+)|you may (also )?like|recommended( for you| stories)?|"
    r"most (read|popular)|trending( now)?|latest news|top stories|read more)[\W_]*$",
    re.IGNORECASE,
)
_NAV = re.compile(r"^[\W_]*(prev(ious)?|next)(\s+(article|story|post|page))?\b", re.IGNORECASE)
# The last word of an outlet's name: what papers, wires and broadcasters call themselves
# ("Northern Echo", "Jornal de Notícias", "Badische Zeitung", "La Presse").
_OUTLET_WORD = (
    r"(?:Times|Herald|Post|News|Daily|Journal|Gazette|Tribune|Observer|Chronicle|Telegraph|"
    r"Guardian|Express|Star|Mail|Record|Press|Courier|Standard|Independent|Monitor|Mirror|"
    r"Globe|Inquirer|Enquirer|Bulletin|Register|Examiner|Dispatch|Sun|Ledger|Sentinel|Argus|"
    r"Weekly|Magazine|Radio|TV|Echo|Advertiser|Citizen|Notícias|Noticias|Notizie|Zeitung|"
    r"Nachrichten|Rundschau|Tagblatt|Tageblatt|Kurier|Anzeiger|Presse|Dagblad|Nieuws)"
)
# The first word of an outlet's name in languages that put it first, before the place or
# title that follows: "Pos Kupang", "Jornal do Brasil", "Diario de Sevilla", "Corriere della
# Sera", "Harian Kompas", "Folha de S.Paulo".
_OUTLET_HEAD = (
    r"(?:Jornal|Diário|Diario|Folha|Correio|Gazeta|Periódico|Periodico|Corriere|Gazzetta|"
    r"Giornale|Quotidien|Pos|Harian|Berita|Suara)"
)
# The small words inside such a name: "Jornal de Notícias", "Corriere della Sera".
_OUTLET_LINK = r"(?:de|da|do|dos|das|del|della|dello|di|du|des|la|le|el|der|van|von)"
# A writer's staff title on a line of its own under the byline: "Staff Writer", "Washington
# Post Staff Writer", "Associated Press Writer", "AP Business Writer", "BBC Political
# Correspondent", "Senior Business Reporter", "Special Correspondent": a rank or desk, perhaps
# after the outlet's name (an outlet word or a name in capitals). A headline's "The Ghost
# Writer" names no desk, and in "Washington Post Hires Veteran Political Reporter" or "Times
# Names New Chief Correspondent" what comes before the desk is no outlet.
_DESK = (
    r"(?:Staff|Senior|Special|Contributing|Chief|Press|AP|Wire|Business|Political|Sports|"
    r"Science|Health|Medical|Legal|Foreign|National|Economics|Technology)"
)
_STAFF_TITLE = (
    rf"(?:(?:[A-Z][\w.'-]*+\s+){{0,3}}(?:{_OUTLET_WORD}|Associated|[A-Z]{{2,6}})\s+)?"
    rf"(?:{_DESK}\s+)?{_DESK}\s+(?:Writer|Reporter|Correspondent)s?\s*$"
)
# A writer of a byline that names more than one: at least two capitalised words ("By Jane Roe
# and John Doe"; "By Land and Sea" is a headline).
_WRITER = r"[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}"
_BYLINE = re.compile(
    r"^[\W_]*((?i:published|posted|updated|written|edited|reported|compiled|produced|photographed)"
    rf"\s+(?i:by|on|at)\b|(?i:by)\s+(?:{_WRITER}"
    # ... more writers: "By Jane Roe and John Doe"
    rf"(?:,?\s+(?:and|&)\s+{_WRITER}){{1,2}}|[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){{0,3}})"
    # ... and an affiliation: "By Jane Roe, Public Affairs Office"
    r"(\s*[,|–-]\s*+[^.!?]{2,60})?\s*$"  # (spaces read once: linear on a run of them)
    rf"|{_STAFF_TITLE})",
)
_CREDIT = re.compile(
    r"(^[\W_]*(photo|image|picture|video|credit|illustration|caption)s?\s*(by|:|/|credit)"
    r"|\((photo|image|picture|file photo)[^)]*\)\s*$"
    rf"|[a-z]\.(?:{AGENCIES})(?:/[\w ]+)?\s*$)",
    re.IGNORECASE,
)
# A caption, however long: it ends with the photographer's credit ("(Jane Roe/The
# Daily News)", "(AP Photo/John Doe)", "(Associated Press)", "(Courtesy of the
# State Department)", "(State Department photo)") or opens the AP way
# ("In this July 1, 2017, file photo, ...").
# The AP's caption opener: "In this July 1, 2017, file photo, ...", "FILE - In this
# image taken from video, ...". A line that opens so is a caption here; a sentence
# that does, anywhere in the text, is no claim (:func:`summarizer.fusion.is_fragment`).
WIRE_CAPTION = (
    r"^(?:FILE\s*[-–—]+\s*)?In this\b[^.;:]{0,60}?\b(?:file |handout |undated )?"
    r"(?:photo(?:graph)?|image|picture|video|frame grab)\b"
)
# A capitalised name token, possessive: a long run of letters is one token, never
# re-split among the repetitions below (that backtracking took seconds per line).
_NAME = r"[A-ZÀ-ÖØ-Þ][\w.'’-]*+"
# A byline that names the writer's outlet after the name: "By Jane Roe, Manila Daily Herald",
# "By Jane Roe, The East African Observer", "By Jane Roe for The Guardian", "By Jane Roe,
# Reuters", "By Jane Roe and John Doe, Reuters" (two or three writers), "By Miguel Pinto,
# Jornal de Notícias", "By Yohanes Seo, Pos Kupang". An outlet is a known agency or a name
# whose last word (or, in the languages that put it first, first word) says what papers,
# wires and broadcasters call themselves; a title or an office ("By Jane Roe, Staff Writer",
# "By Jane Roe, Public Affairs Office", "By Jane Roe, Journal Staff Writer") names none.
_BYLINE_OUTLET = re.compile(
    rf"^[\W_]*(?i:by)\s+{_NAME}(?:\s+{_NAME}){{0,3}}"
    rf"(?:(?:,\s+|,?\s+(?:and|&)\s+){_NAME}(?:\s+{_NAME}){{0,3}}){{0,2}}"  # more writers
    rf"(?:\s*[,|–—-]\s*(?:for\s+)?|\s+for\s+)"
    rf"(?P<outlet>(?!Agencies\b)(?:{AGENCIES})"
    rf"|(?:(?:{_NAME}|{_OUTLET_LINK})\s+){{0,4}}{_OUTLET_WORD}"
    rf"|(?:{_NAME}\s+)?{_OUTLET_HEAD}(?:\s+(?:{_OUTLET_LINK}\s+)?(?!{_DESK}\b){_NAME}){{0,3}})"
    r"\s*$"
)


def byline_outlet(line: str) -> str | None:
    """The outlet a byline names after the writer (:data:`_BYLINE_OUTLET`), or None.

    >>> byline_outlet("By Jane Roe, Manila Daily Herald")
    'Manila Daily Herald'
    >>> byline_outlet("By Jane Roe, Staff Writer") is None
    True
    """
    m = _BYLINE_OUTLET.match(line)
    return m.group("outlet") if m else None


# An agency's credit in brackets: "(Associated Press)", "(Reuters)", "(AP)". Two capitals are
# also a state's code ("Vijayawada (AP): ...", "in Guntur district (AP)" for Andhra Pradesh,
# "Pittsburgh (PA)"): as a caption's credit, they follow the caption's last sentence; after a
# place in capitals they are the agency of a dateline whose dash was lost ("WASHINGTON (AP)
# The Senate voted ...").
_AGENCY_CREDIT = (
    r"(?:(?<=[.!?\"”’])|(?<=[.!?\"”’]\s)|(?<=[A-Z]{2}\s)|(?!\((?:AP|PA)\)))"
    rf"\((?:{AGENCIES}|Associated Press)\)"
)
_CAPTION = re.compile(
    rf"\({_NAME}(?:\s{_NAME}){{0,3}}\s?/\s?{_NAME}(?:\s{_NAME}){{0,4}}\s?\)"
    r"\s*(?:\([^()]{1,40}\)\s*)?$"
    rf"|{_AGENCY_CREDIT}\s*$"
    # "(Courtesy of the State Department)", "(U.S. Department of State photo)",
    # "(Photo: Jane Roe, Getty Images)"
    r"|\((?:[Cc]ourtesy(?: of)? [^()]{1,60}"
    r"|[^()]{1,60}\b(?:[Pp]hoto(?:graph)?|[Ii]mage|[Pp]icture)s?)\)\s*$"
    rf"|{WIRE_CAPTION}"
)
# Where a caption glued in front of the story ends: its credit, then the story's
# capital. "(Associated Press)", "(AP Photo/Jane Roe)", "(Jane Roe/The Daily
# News)" anywhere in the line; a bare agency ("The cabin of a plane. AP American
# Airlines said ...") only after one sentence at the line's start.
_CREDIT_BREAK = re.compile(
    rf"(?:{_AGENCY_CREDIT}"
    rf"|\({_NAME}(?:\s{_NAME}){{0,3}}\s?/\s?{_NAME}(?:\s{_NAME}){{0,4}}\s?\))"
    r"\s+(?=[A-Z“\"])"
    r"|^[^.!?]{10,200}[.!?]\s+(?:AP|AFP|Reuters|EPA|Getty Images|Associated Press)\s+(?=[A-Z][a-z])"
)
_COPYRIGHT = re.compile(
    r"^[\W_]*(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b", re.IGNORECASE
)
# Page furniture pointing at what the page shows: "Check out the posts below."
_POINTER = re.compile(
    r"^(?:check out|see|watch|view|read|listen to|take a look at|scroll down)\b.{0,80}\b"
    r"(?:below|above)\W*$",
    re.IGNORECASE,
)
_SIGNOFF = re.compile(
    rf"^[\W_]*((with|source|sources|via|from)\s*:?\s*(?:{AGENCIES})(\s*(and|,|&)\s*(?:{AGENCIES}))*"
    r"|\(?\s*(reporting|additional reporting|writing|editing) by\b"
    rf"|(?:{AGENCIES})\s+contributed\b)",
    re.IGNORECASE,
)
# The credit a wire puts at a release's end: "SOURCE Acme Corp."
_RELEASE_SOURCE = re.compile(r"^SOURCE\s+[A-Z]")
# A release's legal notice with no heading, which names itself: "This press release
# contains forward-looking statements ...", "Statements in this news release that are not
# historical facts are forward-looking statements ...". News prose speaks of "the release".
_LEGAL_NOTICE = re.compile(
    r"(?=.*\bforward[-\s]looking\s+statements\b)"
    r".*\bthis\s+(?:press\s+|news\s+)?(?:release|announcement|communication)\b",
    re.IGNORECASE,
)
# Footnote markers right after a sentence's end: "1990.[4]", "said.”[12][13]",
# "weak.[citation needed]".
_MARKER = r"\[(?:\d{1,3}|[a-z]|note \d{1,3}|citation needed)\]"
_REF_MARKERS = re.compile(
    rf"(?:(?<=[.!?…\"”’])|(?<=[.!?…]\)))(?:{_MARKER})+\s*", re.IGNORECASE
)  # (after what _SENTENCE_END takes as an end: "…[4]", "(in 1990.)[4]", not "(1990)[4]")
# (a line that ends with a footnote marker ends a sentence too; Chinese and
# Japanese end theirs with "。", "！", "？", "．", also before a closing mark: "。」")
_SENTENCE_END = re.compile(
    rf"(?:[.!?…。！？．][\"'”’»)\]」』）】〕》〉]*|[\"”»][.!?])(?:{_MARKER})*\s*$", re.IGNORECASE
)
# Leading scrape artefacts inside a line: "date 2024-11-13 ", datelines
# ("BRUSSELS:", "TAIPEI, Taiwan –", "PARIS (AFP) -"), agency tags ("(RFI)").
_DATE_PREFIX = re.compile(r"^date\s*:?\s*\d{4}-\d{2}-\d{2}\s+", re.IGNORECASE)
# PLACE, or a live blog item's header: up to six capitalised words of two
# characters or more (a stutter, "I-- I think", is no header), perhaps a
# region and a date in English or another language of summarizer.language.LEXICAL
# ("WASHINGTON, Nov 13 (Reuters) -", "BRUSELAS, 13 nov (Reuters) -", "BERLIN,
# 13. November (dpa) -", "PARÍS, 13 de noviembre de 2024 (EFE) -"). The
# cleaner runs before an article's language is known (it reads the cleaned
# text), so the months of every language are known: in that place, between a
# PLACE in capitals and an agency or a dash, a day and a month are a date.
_UPPER = "A-ZÀ-ÖØ-Þ"
# A weekday in another language of summarizer.language.LEXICAL, capitalised as it opens a
# line: "Martes", "Mardi", "Dienstag".
FOREIGN_WEEKDAY_RE = (
    "(?:"
    + "|".join(
        n.capitalize() for days in FOREIGN_WEEKDAYS.values() for d in days for n in d.split("|")
    )
    + ")"
)
_DAY_MONTH = (
    rf"(?:\d{{1,2}}\.?\s+(?:de\s+)?{ANY_MONTH_RE}|{ANY_MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
)
_YEAR = r",?\s+(?:de\s+)?(?:19|20)\d\d"
_DATE = rf"{_DAY_MONTH}(?:{_YEAR})?"
# A wire in a dateline: between slashes, one token ("/PRNewswire/", "/PRNewswire-Asia/",
# "/CNW/", "/dpa-AFX/") or a name that says "wire" ("/PR Newswire Europe/", "/ ACCESSWIRE
# /", EIN Presswire's "/EINPresswire.com/"; not "KYIV / Ukraine / -"), or in brackets, a name
# that ends in "wire" ("(GLOBE NEWSWIRE)", "(BUSINESS WIRE)", "(ACCESSWIRE)"), perhaps with
# the date ("(Marketwired - March 3, 2025)"), or a release wire whose name does not say
# "wire": Newsfile's "(Newsfile Corp. - March 3, 2026)", PRWeb's "(PRWEB)", PR.com's
# "(PR.com)", news aktuell's and APA's "(ots)" ("Berlin (ots) - Die Acme AG ..."); any other
# name with a date is no wire ("Smith (Jane Doe - March 3) - The forward said ..."); or,
# between dashes, one word that ends in "wire" ("Vancouver, BC - TheNewswire - March 3, 2026
# - "). Its name is the article's outlet. Most are press-release wires; a news agency's
# ("(Dow Jones Newswires)", "/EFE/") is not (:func:`wire_dateline`).
_RELEASE_WIRES = r"(?i:PRWEB|ots|PR\.com)|Newsfile(?:\sCorp\.)?"
WIRE = (
    r"/(?=[\w-]+/|[^/\n]{0,40}?(?i:wire))\s?(?P<wire>\w[\w-]*(?:\s[\w-]+){0,2})(?:\.com)?\s?/"
    rf"|\((?P<wire_tag>(?:[A-Z][\w.-]*\s){{0,2}}\w*(?i:wire)[ds]?|{_RELEASE_WIRES})"
    rf"(?:\s*[-–]\s*{_DATE})?\)"
    r"|(?<=[-–—]\s)(?P<wire_word>[A-Z]\w*+(?<=(?i:wire)))(?=\s+[-–—])"
)
# A wire's place in a release's dateline, after the place and date and before the story,
# set off by dashes or slashes, with or without spaces: "NEW YORK, March 3, 2025 (GLOBE
# NEWSWIRE) -- ", "SAN FRANCISCO--(BUSINESS WIRE)--", "TORONTO, ONTARIO--(Marketwired - March
# 3, 2025) - ", "VANCOUVER, BC / ACCESSWIRE / March 3, 2025 / ", "Vancouver, BC - TheNewswire
# - March 3, 2026 - "; perhaps with the distributor the release came through ("(GLOBE
# NEWSWIRE) -- via IBN -- "), which is no prose either.
# The story may open in lower case or with a digit after a wire ("/PRNewswire/ -- iRobot
# Corp. ...", "(GLOBE NEWSWIRE) -- 23andMe ..."): the wire marks the dateline's end.
_DASH = r"(?:–|—|-{1,2})"
_DISTRIBUTOR = r"[A-Z][\w.&'’-]*+(?:\s[A-Z][\w.&'’-]*+){0,2}"  # each word read whole
_WIRE_TAIL = (
    rf"\s*(?:{_DASH}\s*)?(?:{WIRE})(?:\s*(?:{_DASH}\s*)?{_DATE})?\s*(?::|{_DASH}|/)\s*"
    rf"(?:via\s+{_DISTRIBUTOR}\s*{_DASH}\s*)?"
    r"(?=[\w“\"‘'«¿¡])"
)
# ", Region" after a dateline's place: one or two capitalised words ("Calif.", "D.C.", "New
# Mexico", "Baden-Württemberg", "Martha's Vineyard"), the first perhaps a single letter or
# with no space after the comma ("WASHINGTON,D.C., Nov. 13, 2024 — "). A release's dateline
# may name the state and the country ("WASHINGTON, DC, UNITED STATES, March 3, 2026
# /EINPresswire.com/ -- "): that is :data:`_REGIONS`. A release may set its date off by
# dashes ("WASHINGTON, D.C. - September 17, 2026 - Speaker ..."): the date is the dateline's,
# not the story's first words (which would date its first sentence to a year of its own).
_ONE_REGION = r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]+)?)"
REGION = rf"{_ONE_REGION}?"
_REGIONS = rf"{_ONE_REGION}{{0,2}}"
_DATELINE = re.compile(
    rf"^[{_UPPER}][{_UPPER}.'’-]*[{_UPPER}.'’]"
    rf"(?:(?:\s+|\s?/\s?)[{_UPPER}][{_UPPER}.'’-]*[{_UPPER}.'’]){{0,5}}"  # "GENEVA/LUSAKA"
    rf"{_REGIONS}"  # , Region, COUNTRY
    rf"(?:\s+\([{_UPPER}][\w.'’-]+(?:\s+[\w.'’-]+){{0,2}}\))?"  # (Region): "ALÈS (Gard) -"
    rf"(?:(?:,|\s+{_DASH})?\s+{_DATE})?"  # , Nov 13 / , 13 nov / - Sept. 17, 2026
    rf"(?:{_WIRE_TAIL}"  # /PRNewswire/ --, --(BUSINESS WIRE)--
    rf"|(?:\s*\((?:{AGENCIES}|[A-Z]{{2,6}})\))?"  # (AFP), (KXAN)
    rf"\s*(?::|–|—|-{{1,2}})\s+(?=[{_UPPER}“\"‘'«¿¡]))"
)
# A place in mixed case and an agency's tag: "Bruselas (AFP) - ", "Brussels (Reuters) — "
# (only a known agency: "Smith (R) - " is no dateline); or, with no tag, one word
# before a dash and an article of Spanish, French, German, Italian or Portuguese,
# as regional papers write it ("Stuttgart - Die Bahn hat ...", "Lyon - Le maire
# a ..."; an English "Mobb Deep – “Shook Ones”" stays).
_FOREIGN_ARTICLE = (
    r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Le|La|Les|L['’]|Un|Une|El|Los|Las|Il|Lo|Gli|"
    r"Uno|Os|Um|Uma)\b"  # not "A", "I", "O", "As": English words too
)
# A wire names a release's dateline also after a place in mixed case, perhaps with a region
# and a date: "Austin, Texas, March 3, 2025 (GLOBE NEWSWIRE) -- ".
# With a full date, day, month and year, and a dash, no tag is needed: "Munich, March 3, 2026
# – Acme AG today announced ...", "Paris, le 3 mars 2026 – " (a sentence that opens "Paris,
# March 3 was ..." has neither the year nor the dash).
# With a date after the place, any outlet's name in brackets: "Valmore, 4 March (EuroWire) - "
# (a weekday is no place: "Tuesday, March 3 (Day 1) – " heads a timeline's entry, and "On
# Tuesday, March 3, 2026 – Acme AG said ..." is a sentence, which keeps its words).
_NO_WEEKDAY = (
    rf"(?!(?:(?:On|Am|El|Le|Il|O)\s+)?(?:{WEEKDAY_RE}|{FOREIGN_WEEKDAY_RE})\b)"
    # nor an English weekday as its second or third word: "Last Tuesday, March 3, 2026 – ",
    # "Early Monday, March 2, 2026 – " open sentences ("Santo Domingo" is a place)
    rf"(?![\w.'’-]+\s+(?:[\w.'’-]+\s+)?{WEEKDAY_RE}\b)"
)
_PLACE_TAG = re.compile(
    rf"^{_NO_WEEKDAY}(?:"  # no weekday, nor "On"/"Am" and one, opens a place's tag
    rf"[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{0,2}}"
    rf"(?:\s*\((?:{DATELINE_AGENCIES})\)|,\s+{_DATE}\s*\([{_UPPER}][\w.'’-]+(?:\s+[\w.'’-]+){{0,2}}\)"
    rf"|{REGION},\s+(?:le\s+)?{_DAY_MONTH}{_YEAR})"  # "Munich, March 3, 2026 – "
    rf"\s*(?:–|—|-{{1,2}})\s+(?=[{_UPPER}“\"‘'«¿¡])"
    rf"|[{_UPPER}][\w'’]+\s+(?:–|—|-{{1,2}})\s+(?={_FOREIGN_ARTICLE}\s*\w))"
    rf"|^[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{0,2}}"
    rf"{_REGIONS}"
    rf"(?:,?\s+{_DATE})?{_WIRE_TAIL}"
    # an Indian agency's dateline, which no dash ends: "Guwahati, Aug 4 (PTI) The toll ..."
    rf"|^{_NO_WEEKDAY}[{_UPPER}][\w.'’-]+(?:\s+[{_UPPER}][\w.'’-]+){{0,2}},\s+{_DATE}"
    rf"\s*\((?:{DATELINE_AGENCIES})\)\s+(?=[{_UPPER}“\"‘'«¿¡])"
)
# A Chinese agency's or paper's dateline, the equivalent of "WASHINGTON (AP) —":
# the outlet (a name ending in 社, 网 or 报: 新华社, 中新网, 人民日报, 本报), the
# place and the date (北京11月13日), then 电 or 讯 ("wired", "reported"), perhaps a
# parenthesised credit ("（记者 王明）"); also in brackets: "【新华社北京11月13日电】",
# "（中央社記者王明台北13日電）". Without a date, 电/讯/消息 must be set off from
# the story by a space, a colon or the credit: "新华社电 ...", "本报讯（记者 ...）",
# "央视网消息：" (a story opening "国家电网电力..." is no dateline).
_CJK_NUMBER = r"(?:\d{1,4}|[〇零一二三四五六七八九十]{1,4})"
_CJK_DAY = rf"(?:{_CJK_NUMBER}年)?(?:{_CJK_NUMBER}月)?{_CJK_NUMBER}日"
_CJK_CREDIT = r"\s*[（(][^（）()\n]{1,40}[）)]"
CJK_DATELINE = re.compile(
    rf"^(?P<open>[（(【\[])?[{HAN}]{{0,7}}?[社网網报報]"
    rf"(?:(?P<dated>[{HAN}]{{0,10}}?{_CJK_DAY})?[电電讯訊]|消息)"
    rf"(?(open)[）)】\]]|(?(dated)|(?={_CJK_CREDIT}|\s|[:：])))"
    rf"(?:{_CJK_CREDIT})?[\s:：—–-]*(?=[\w“「『‘\"])"
)
# A Japanese dateline: the place and the agency, or the place and the reporter,
# in lenticular brackets at the front of the story ("【ワシントン共同】",
# "【ニューヨーク時事】", "【パリＡＦＰ＝時事】", "【北京＝山田太郎】").
JA_AGENCIES = (
    r"(?:共同|時事|ＡＦＰ＝時事|AFP=時事|ＡＦＰ|AFP|ＡＰ|AP|ロイター|聯合|新華社|ＥＦＥ|dpa)"
)
JA_DATELINE = re.compile(
    rf"^【[{HAN}{KANA}Ａ-Ｚａ-ｚA-Za-z・]{{1,12}}?(?:{JA_AGENCIES}|[＝=][{HAN}{KANA}\s・]{{1,12}})】\s*"
    rf"(?=[{HAN}{KANA}\w「『（(“])"
)
# "(AFP) ", "(CNN) - ", "(HealthDay News) -- ": a wire's or outlet's tag at the
# front of the text. Any capitalised name of up to three words counts when a
# dash follows it; without a dash, only an agency or a call sign does.
_TAG_DASH = r"(?:–|—|-{1,2})\s+(?=[A-Z“\"‘'])"
_TAG = re.compile(
    rf"^\((?:(?:{AGENCIES}|[A-Z]{{2,6}})\)\s*(?:{_TAG_DASH})?"
    rf"|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,2}}\)\s*{_TAG_DASH})"
)
# A video player's controls flattened into the first line of the text ("CLOSE
# Skip in Skip x Embed x Share A former officer..."): three or more control words.
_PLAYER = re.compile(
    r"^(?:(?:CLOSE|Close|Skip|in|x|X|Embed|Share|Replay|Play|Pause|Mute|Unmute|Autoplay|"
    r"Fullscreen|Captions?|Volume)\s+){3,}(?=[A-Z“\"])"
)
# A share widget or a media player's notice scraped into the text, often with
# no space before the story ("Share this withEmailFacebookTwitterCopy this
# linkThe victim was ...", "Media playback is not supported on this deviceSadio
# Mane scored ..."): the widget's own words, one after another.
_NETWORK = (
    r"(?:E-?mail|email|Facebook|Messenger|Twitter|X|Pinterest|WhatsApp|Linked[Ii]n|Reddit|"
    r"Tumblr|Flipboard|Telegram|Threads|Bluesky|SMS|Print)"
)
_WIDGET = re.compile(
    rf"^(?:\s*(?:Share (?:this|on|via)(?: with)?:?(?:\s*{_NETWORK}(?![a-z]))+"
    r"|Copy (?:this |the )?link|Media playback is (?:not supported|unsupported) on "
    r"(?:this|your) device|This video can ?not be played"
    r"|To play this video you need to enable JavaScript in your browser\.?))+\s*(?=[A-Z“\"‘'])"
)

# The signature an embedded post ends with: "— Name (@handle) June 20, 2017"
# (Twitter/X), "A post shared by Name (@handle) on Jun 20, 2017 at 10:33am PDT"
# (Instagram).
_EMBED = re.compile(
    rf"(?:(?:—|–|-{{1,2}})\s*[^\n()]{{0,80}}\(@\w{{1,30}}\)\s+{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}"
    rf"|\bA (?:photo|video|post) shared by\b.{{1,120}}?\bon {MONTH_RE}\s+\d{{1,2}},\s+\d{{4}}"
    r"\s+at\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[A-Z]{2,4})?)\s*$",
    re.IGNORECASE,
)

HEADING_MAX_WORDS = 16


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines(text: str) -> list[Line]:
    """Non-empty lines of ``text``, trimmed, with their offsets."""
    out = []
    for m in re.finditer(r"[^\r\n]+", text):
        raw = m.group()
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        if stripped:
            s = m.start() + lead
            out.append(Line(s, s + len(stripped), stripped))
    return out


def ends_sentence(line: str) -> bool:
    # (a Japanese agency's credit after the last sentence: "...述べた。（共同）")
    return bool(_SENTENCE_END.search(line) or _CJK_CREDIT_TAIL.search(line))


def is_heading_like(line: str) -> bool:
    """Short and not ending a sentence: a headline, sub-head, banner or UI word.
    Chinese and Japanese characters count half a word each here (a word there is
    about two characters; headlines run to 30 or so).

    >>> is_heading_like("北部の港町で大規模な停電　約五万世帯に影響")
    True
    >>> is_heading_like("停電が続いた。")
    False
    """
    if ends_sentence(line):
        return False
    tokens = words(line)
    cjk = sum(1 for w in tokens if is_cjk(w))
    return len(tokens) - cjk // 2 <= HEADING_MAX_WORDS


def drop_reason(line: str) -> str | None:
    """Why a line is boilerplate, or ``None`` if it is article prose."""
    if _NO_ALNUM.match(line):
        return "punctuation"
    if _TEASER.match(line):
        return "teaser"
    if site_notice(line):
        return "notice"
    if _NAV.match(line) and (len(words(line)) <= 20 or not ends_sentence(line)):
        return "navigation"
    if (_SIGNOFF.match(line) or _RELEASE_SOURCE.match(line)) and len(words(line)) <= 14:
        return "signoff"
    if _BYLINE.match(line) and len(words(line)) <= 14:
        return "byline"
    if _CREDIT.search(line) and len(words(line)) <= 30:
        return "credit"
    if _EMBED.search(line):
        return "embed"
    if _LEGAL_NOTICE.match(line):
        return "legal"
    if _COPYRIGHT.search(line) and len(words(line)) <= 25:
        return "copyright"
    if line.startswith("[") and line.rstrip(" .").endswith("]"):
        return "link"  # "[Related headline]": a link or editor's note, not prose
    if _CAPTION.search(line) and len(words(line)) <= 80:
        return "caption"
    if _POINTER.match(line):
        return "pointer"
    if is_heading_like(line):
        return "heading"
    return None


# A credit glued to the end of the last prose line: "... in the chamber. Edited by
# Jane Roe.", "... (Reporting by Jane Roe; Editing by John Doe)".
# A Japanese or Chinese agency credit after the last sentence: "...と述べた。（共同）",
# "（ロイター）", "（ＡＦＰ＝時事）".
_CJK_CREDIT_TAIL = re.compile(rf"(?:(?<=[。」』])|(?<=。”))\s*[（(]{JA_AGENCIES}[）)]\s*$")
_CREDIT_TAIL = re.compile(
    r"(?<=[.!?\"”’])\s+\(?(?:(?:Additional )?reporting|writing|editing|edited|compiled|"
    r"produced|written) by [^()]{2,120}?\)?\.?\s*$",
    re.IGNORECASE,
)
# "... near Delphi. Jane Roe and John Doe/ Journal & Courier": a video teaser's
# writers and outlet after its last sentence.
_SLASH_CREDIT_TAIL = re.compile(
    rf"(?<=[.!?\"”’])\s+{_NAME}(?:\s{_NAME}){{1,2}}"
    rf"(?:(?:,|,? and| &)\s{_NAME}(?:\s{_NAME}){{1,2}})*"
    rf"\s?/\s?{_NAME}(?:\s(?:&\s)?{_NAME}){{0,4}}\s*$"
)


def strip_suffix(line: Line) -> Line:
    """Cut a reporting or editing credit from the end of a prose line."""
    m = (
        _CREDIT_TAIL.search(line.text)
        or _SLASH_CREDIT_TAIL.search(line.text)
        or _CJK_CREDIT_TAIL.search(line.text)
    )
    if m and m.start() > 0:
        return Line(line.start, line.start + m.start(), line.text[: m.start()])
    return line


def strip_prefix(line: Line) -> Line:
    """Cut leading video-player controls, a share widget, a date stamp, a dateline or an agency
    tag from a prose line (a Chinese dateline too: "新华社北京11月13日电（记者 王明）").

    >>> t = "BRUSELAS, 13 nov (Reuters) - El secretario de Estado llegó."
    >>> strip_prefix(Line(0, len(t), t)).text
    'El secretario de Estado llegó.'
    >>> t = "BERLIN, 13. November (dpa) - Die Regierung hat entschieden."
    >>> strip_prefix(Line(0, len(t), t)).text
    'Die Regierung hat entschieden.'
    >>> t = "Bruselas (AFP) - Unos 11.000 soldados han sido desplegados."
    >>> strip_prefix(Line(0, len(t), t)).text
    'Unos 11.000 soldados han sido desplegados.'
    >>> t = "ALÈS (Gard) - Les habitants découvrent les dégâts."
    >>> strip_prefix(Line(0, len(t), t)).text
    'Les habitants découvrent les dégâts.'
    >>> t = "Stuttgart - Die Bahn hat Probleme eingeräumt."
    >>> strip_prefix(Line(0, len(t), t)).text
    'Die Bahn hat Probleme eingeräumt.'
    """
    text, start = line.text, line.start
    # A dateline twice: a live blog's item header may come in two parts
    # ("OBAMA TODAY: PUSHING JOBS BILL IN TEXAS - Per a White House official: ...").
    for pattern in (
        _PLAYER,
        _WIDGET,
        _DATE_PREFIX,
        _DATELINE,
        _DATELINE,
        _PLACE_TAG,
        _TAG,
        CJK_DATELINE,
        JA_DATELINE,
    ):
        m = pattern.match(text)
        if m and m.end() < len(text):
            text, start = text[m.end() :], start + m.end()
    return Line(start, line.end, text)


# The outlet a dateline names: an agency or a call sign in brackets, or a wire.
# Of the tags a dateline's brackets hold, an agency or a broadcaster's call sign ("KXAN",
# "WJZ", "CNN", "CBS") names the outlet; a region in capitals ("ALÈS (GARD)", "PORTLAND
# (OR)") does not.
_DATELINE_OUTLET = re.compile(rf"\((?P<tag>{DATELINE_AGENCIES}|[KWC][A-Z]{{2,3}})\)|{WIRE}")
_WIRE = re.compile(WIRE)
# A news agency's wire, not a release's: a known agency ("/EFE/"), or a plural "Newswires"
# ("(Dow Jones Newswires)").
_NEWS_WIRE = re.compile(rf"(?:{AGENCIES})|.*wires", re.IGNORECASE)


def _wire_name(found: re.Match[str]) -> str | None:
    """The wire's name that a match of :data:`WIRE` found, whichever form it has."""
    return found.group("wire") or found.group("wire_tag") or found.group("wire_word")


def opening_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text`` as :func:`strip_prefix` cuts it (:data:`_DATELINE`,
    else :data:`_PLACE_TAG`), or None: a date inside it is the article's date.

    >>> opening_dateline("Munich, March 3, 2026 – Acme AG today announced a chip.").group()
    'Munich, March 3, 2026 – '
    >>> opening_dateline("Paris, March 3 was a cold day for the strikers.") is None
    True
    """
    return _DATELINE.match(text) or _PLACE_TAG.match(text)


def _dateline_naming(
    text: str, name: re.Pattern[str]
) -> tuple[re.Match[str], re.Match[str]] | tuple[None, None]:
    """The dateline that opens ``text`` (:data:`_DATELINE`, else :data:`_PLACE_TAG`) and
    what ``name`` finds in it, or ``(None, None)`` without a dateline or a find in it."""
    for pattern in (_DATELINE, _PLACE_TAG):
        m = pattern.match(text)
        found = name.search(m.group()) if m else None
        if found:
            return m, found
    return None, None


def dateline_outlet(text: str) -> str | None:
    """The outlet named in the dateline that opens ``text`` ("Reuters" in "SAN
    JOSE, Calif., Oct. 23, 2025 (Reuters) - ...", "PRNewswire" in "NEW YORK,
    March 3, 2025 /PRNewswire/ -- ..."); None without a dateline or a name in it.
    Only a dateline cut by :func:`strip_prefix` counts: "(AP)" in a sentence is
    a credit the prose mentions.

    >>> dateline_outlet("LONDON, Nov 13 (Reuters) - Britain said on Wednesday ...")
    'Reuters'
    >>> dateline_outlet("Bruselas (AFP) - Unos 11.000 soldados han sido desplegados.")
    'AFP'
    >>> dateline_outlet("TAIPEI, Taiwan – The United States will respond.") is None
    True
    >>> dateline_outlet("SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. said it would grow.")
    'BUSINESS WIRE'
    """
    _, tag = _dateline_naming(text, _DATELINE_OUTLET)
    return tag and (tag.group("tag") or _wire_name(tag))


def wire_dateline(text: str) -> re.Match[str] | None:
    """The dateline that opens ``text`` when it names a press-release wire ("NEW YORK, March
    3, 2025 (GLOBE NEWSWIRE) -- "): the mark of a press release, and where its date is. A
    news agency's wire ("(Dow Jones Newswires)", "/EFE/") marks news.

    >>> wire_dateline("TORONTO, March 3, 2025 /CNW/ - Acme Inc. said it would grow.").group()
    'TORONTO, March 3, 2025 /CNW/ - '
    >>> wire_dateline("LONDON, Nov 13 (Reuters) - Britain said on Wednesday ...") is None
    True
    >>> wire_dateline("NEW YORK, March 3 (Dow Jones Newswires) -- Nvidia said ...") is None
    True
    """
    m, wire = _dateline_naming(text, _WIRE)
    if wire and not _NEWS_WIRE.fullmatch(_wire_name(wire) or ""):
        return m
    return None


def credit_parts(line: Line) -> list[Line]:
    """The line cut after each caption credit that has more text behind it.

    >>> t = "Crowds queue in Las Vegas. (Associated Press) Sales rose on Monday."
    >>> [x.text for x in credit_parts(Line(0, len(t), t))]
    ['Crowds queue in Las Vegas. (Associated Press)', 'Sales rose on Monday.']
    """
    out = []
    for a, b in cut_after(_CREDIT_BREAK, line.text):
        piece = line.text[a:b].rstrip()
        out.append(Line(line.start + a, line.start + a + len(piece), piece))
    return out


def without_markers(line: Line) -> list[Line]:
    """The line's span cut around footnote markers that follow a sentence.

    >>> [x.text for x in without_markers(Line(0, 36, "It was signed.[4] It came later.[5]"))]
    ['It was signed.', 'It came later.']
    """
    out, start = [], 0
    for m in _REF_MARKERS.finditer(line.text):
        if m.start() > start:
            a, b = start, m.start()
            out.append(Line(line.start + a, line.start + b, line.text[a:b]))
        start = m.end()
    if start < len(line.text):
        out.append(Line(line.start + start, line.end, line.text[start:]))
    return out


# -- a press release's end matter -----------------------------------------------------------
# The headings a press release's end matter opens with, a line of its own or a label before
# its paragraph ("Forward-Looking Statements: This press release ..."): the legal notice
# on forward-looking statements ("Forward-Looking Statements", "Cautionary Note Regarding
# Forward-Looking Statements", "Safe Harbor Statement"), and the contacts ("Media Contact:",
# "Investor Relations Contacts", "Contacts"). A sentence that opens with the words ("Forward-
# looking statements are no guarantee, analysts said.") is neither.
_LEGAL_HEADING = re.compile(
    r"^(?:(?:Cautionary|Special|Important)\s+(?:Note|Statement|Language|Information)s?\s+"
    r"(?:Regarding|Concerning|About|on|Relating\s+to)\s+)?"
    r"(?:Forward[-\s]Looking\s+(?:Statements?|Information)|Safe\s+Harbou?r(?:\s+Statement)?)\b",
    re.IGNORECASE,
)
_CONTACT_HEADING = re.compile(
    r"^(?:(?:Media|Press|News|Investors?|Investor\s+Relations|Company|Analysts?)\s+"
    r"(?:(?:and|&)\s+\w+\s+)?)?(?:Contacts?|Enquiries|Inquiries)\b",
    re.IGNORECASE,
)
_FORWARD_LOOKING = re.compile(r"forward[-\s]looking", re.IGNORECASE)
_LABEL_END = re.compile(r"\s*:|\s+[–—-]{1,2}\s")  # not "Contact-tracing apps ..."
# A company's profile, a press release's "About Acme Corp." section: the firm's own
# description of itself, not the news. The name's first word holds a capital ("About
# iRobot", "About 23andMe", "About 3M"), perhaps after "the" ("About the Company"): "About
# 300 workers were sent home." is a sentence, and so is a line with a word in lower case
# other than a joiner ("About 10M users signed up.", "About Acme's revenue, 40 percent comes
# from Europe."; not "About Acme Corp.", "About Bank of America:").
_ABOUT_HEADING = re.compile(
    r"^About\s+(?:[Tt]he\s+)?(?=[\w.,&'’-]*[A-Z])"
    r"(?![\w.,&'’ -]*\s(?!(?:the|of|and|for|de)\b)[a-z]+\b)"
    r"[\w.,&'’ -]*+(?::|$)"
)
# What a contact block holds besides names: an e-mail address, a phone number.
_CONTACT_DETAIL = re.compile(
    r"(?<![\w.+-])[\w.+-]+@[\w-]+\.\w"  # (from a word's start: linear on a run of letters)
    r"|\+?\(?\d{1,4}\)?[\s.-]?\d{3}[\s.-]\d{4}\b"
)


def _heading(pattern: re.Pattern[str], line: str) -> re.Match[str] | None:
    """``pattern``'s match at the start of ``line`` when it is a heading: a line of its own
    (:func:`is_heading_like`) or a label before the paragraph ("Media Contact: ...")."""
    m = pattern.match(line)
    return m if m and (is_heading_like(line) or _LABEL_END.match(line, m.end())) else None


def _end_matter(line: str, release: bool) -> str | None:
    """The section of a press release's end matter that ``line`` heads ("legal", "contact",
    "about"), or ``None``; in a release only: a news story's sub-heads ("Contacts with
    Moscow", "Safe harbor", "About the author") head its prose.

    >>> _end_matter("Media Contact:", release=True), _end_matter("Media Contact:", False)
    ('contact', None)
    >>> _end_matter("About Acme Corp.", release=True)
    'about'
    >>> _end_matter("Forward-Looking Statements: This release contains ...", release=True)
    'legal'
    >>> _end_matter("Forward-looking statements are no guarantee, analysts said.", True) is None
    True
    """
    if not release:
        return None
    for kind, heading in (("legal", _LEGAL_HEADING), ("contact", _CONTACT_HEADING)):
        if _heading(heading, line):
            return kind
    about = _ABOUT_HEADING.match(line)
    if about and len(words(about.group())) <= 8:
        return "about"
    return None


def _in_end_matter(kind: str, line: str) -> bool:
    """Does ``line`` belong to the end-matter section of ``kind`` it follows? A contact
    block's lines are short (names, titles, a company) or hold an address or number; a
    legal notice or a company profile runs in paragraphs to the next heading."""
    if kind == "contact":
        return len(words(line)) <= 12 or bool(_CONTACT_DETAIL.search(line))
    return not is_heading_like(line)


def _release_mark(line: str) -> bool:
    """Is ``line`` what only a release has: a "SOURCE Acme Corp." credit, or its legal notice
    on forward-looking statements (naming the release, or under a heading that says
    "Forward-Looking"; a news story's "Safe harbor" or "Contacts" sub-head is no mark)?"""
    legal = _heading(_LEGAL_HEADING, line)
    return bool(
        _RELEASE_SOURCE.match(line)
        or _LEGAL_NOTICE.match(line)
        or (legal and _FORWARD_LOOKING.search(legal.group()))
    )


def is_press_release(text: str) -> bool:
    """Is ``text`` a press release: its dateline names a wire (:func:`wire_dateline`), or it
    has a "SOURCE Acme Corp." line or a legal notice on forward-looking statements?

    >>> is_press_release("NEW YORK, March 3, 2025 (GLOBE NEWSWIRE) -- Acme Inc. grew.")
    True
    >>> is_press_release("NEW YORK, March 3, 2025 (AP) -- Acme Inc. grew.")
    False
    """
    found = lines(text)
    return any(wire_dateline(line.text) for line in found[:8]) or any(
        _release_mark(line.text) for line in found
    )


def _pieces(text: str) -> Iterator[Line]:
    """The lines of ``text``, each cut after a caption's credit (:func:`credit_parts`):
    what :func:`clean` keeps or drops, one by one."""
    for whole in lines(text):
        yield from credit_parts(whole)


def clean(text: str) -> tuple[tuple[int, int], ...]:
    """Body spans of ``text``: article prose with boilerplate removed.

    >>> t = "Big News Today\\nALSO READ: other story\\nThe mayor resigned on Monday.\\n-\\n"
    >>> [t[a:b] for a, b in clean(t)]
    ['The mayor resigned on Monday.']
    """
    body: list[tuple[int, int]] = []
    in_related_block = False
    release = is_press_release(text)
    end_matter = None  # the kind of a press release's end-matter section being skipped
    for line in _pieces(text):
        kind = _end_matter(line.text, release)
        if kind or (end_matter and _in_end_matter(end_matter, line.text)):
            end_matter = kind or end_matter
            continue
        end_matter = None
        if _RELATED_HEADING.match(line.text):
            in_related_block = True
            continue
        if in_related_block:
            # A related-links block runs until prose resumes.
            n = len(words(line.text))
            if (is_heading_like(line.text) or n <= 16) and (not ends_sentence(line.text) or n <= 8):
                continue
            in_related_block = False
        if drop_reason(line.text):
            continue
        line = strip_suffix(strip_prefix(line))
        body.extend((part.start, part.end) for part in without_markers(line))
    return tuple(body)


def dropped_lines(text: str) -> list[tuple[str, str]]:
    """``(reason, line)`` for every line :func:`clean` drops (a line cut after a
    caption's credit counts as its parts; "block" for one in a related-links block
    or a press release's end matter); for debugging rules.

    >>> dropped_lines("Crowds queue in Reno. (Associated Press) Sales rose on Monday.")
    [('caption', 'Crowds queue in Reno. (Associated Press)')]
    """
    kept = {a for a, _ in clean(text)}
    out = []
    for line in _pieces(text):
        if line.start in kept or strip_prefix(line).start in kept:
            continue
        out.append((drop_reason(line.text) or "block", line.text))
    return out


# -- interviews ----------------------------------------------------------------------------
# A transcript's speaker label: "GEORGE STEPHANOPOULOS:", "PRESIDENT OBAMA:", "Q:".
_LABEL = re.compile(r"^(?P<who>[A-Z][A-Z.'’ -]{0,40}):\s+")
_OPENS_QUOTE = re.compile(r"^[\"“‘']")


def interviewer_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` is an interview, the interviewer's turns: what the
    journalist asks and the framing that comes with the question ("You will play
    the Spirit again in four days. What are you expecting?"), not what the
    article reports. Two layouts:

    * a transcript with speaker labels: the label whose turns ask the most
      questions (at least two, with another speaker answering) is the
      interviewer, and each of its turns runs until the next label;
    * a Q&A: a paragraph that ends with a question (not a quoted one) and is
      followed by a paragraph that opens with a quotation mark (the answer), when
      the article has two or more such pairs (one is a rhetorical question).

    >>> t = "ANN LEE: Sales fell. Why?\\nBOB RAY: Rain.\\nANN LEE: And then?\\nBOB RAY: Sun."
    >>> [t[a:b] for a, b in interviewer_spans(t)]
    ['ANN LEE: Sales fell. Why?', 'ANN LEE: And then?']
    >>> t = "You won twice. Why run again?\\n“To finish it.”\\nAnd then?\\n“Rest.”"
    >>> [t[a:b] for a, b in interviewer_spans(t)]
    ['You won twice. Why run again?', 'And then?']
    >>> interviewer_spans("Prices rose. What now?\\nNobody knows, said the minister.")
    []
    """
    paragraphs = lines(text)
    turns: list[tuple[str, int, int]] = []  # (speaker, first line, last line)
    for k, line in enumerate(paragraphs):
        m = _LABEL.match(line.text)
        if m:
            turns.append((m.group("who").strip(), k, k))
        elif turns:
            who, first, _ = turns[-1]
            turns[-1] = (who, first, k)
    asks: dict[str, int] = {}
    for who, first, last in turns:
        asked = any(is_question(p.text) for p in paragraphs[first : last + 1])
        asks[who] = asks.get(who, 0) + asked
    out: list[tuple[int, int]] = []
    if len(asks) >= 2:
        interviewer = max(asks, key=lambda w: asks[w])
        if asks[interviewer] >= 2:
            out += [
                (paragraphs[first].start, paragraphs[last].end)
                for who, first, last in turns
                if who == interviewer
            ]
    # Q&A: at least two questions (outside quotation marks) answered by a quotation.
    asked_then_quoted = [
        (line.start, line.end)
        for line, after in pairwise(paragraphs)
        if line.text.endswith("?")
        and not _OPENS_QUOTE.match(line.text)
        and _OPENS_QUOTE.match(after.text)
        and not any(a <= line.start < b for a, b in out)
    ]
    if len(asked_then_quoted) >= 2:
        out += asked_then_quoted
    return sorted(out)


# A live blog entry's stamp, alone on its line: "13:48 GMT", "1.48pm", "14:32 BST", perhaps
# after its day ("Tue 10 Mar 2026 14.32 GMT", "10 March 13:48"); hours and minutes of a clock
# only ("Set 25:23", "9.58 secs", "12.50 euro" are none).
_ENTRY_STAMP = re.compile(
    rf"^(?:(?:{WEEKDAY_RE}|[A-Z][a-z]{{2}}),?\s+)?(?:\d{{1,2}}\s+{MONTH_RE}\.?,?\s+(?:\d{{4}},?\s+)?)?"
    r"([01]?\d|2[0-3])[:.]([0-5]\d)\s*(?:([AaPp])\.?[Mm]\.?)?(?:\s+[A-Z]{2,5}|\s+Uhr)?$"
)
# Stamped entries that make an article a live blog: a report quoting one clock time is none.
_LIVE_ENTRIES = 3
_DAY_MINUTES = 24 * 60


def entry_order(text: str) -> list[tuple[int, int]]:
    """A live blog's entries as (offset where the entry's stamp line starts, the entry's
    place in time, 0 the oldest), in the order of ``text``; empty for an article with fewer
    than three lines that are a clock stamp alone ("13:48 GMT"), and for one whose stamps
    run oldest first: a timeline or a transcript ("02:10 The first explosion ...", "02:45 A
    second explosion ...") tells later happenings, all written at once, not newer reports,
    while a live page puts its newest entry on top. Most steps between the stamps going
    back in time, on a 24-hour clock that may wrap past noon or midnight ("1.10pm",
    "12.05pm", "11.30am"; "00:20", "23:40"), tell a blog; the order of its entries, not
    their clocks, gives their place. A stamp with a year among stamps without one is the
    page's date line ("Thu 3 Sep 2026 19.20 BST"), no entry.

    >>> entry_order("Live\\n17:40 GMT\\n32 missing.\\n13:48 GMT\\n60 missing.\\n11:25\\nIt sank.")
    [(5, 2), (27, 1), (49, 0)]
    >>> entry_order("Live\\n1.10pm\\nC.\\n12.05pm\\nB.\\n11.30am\\nA.")
    [(5, 2), (15, 1), (26, 0)]
    >>> entry_order("Timeline\\n02:10\\nA blast.\\n02:45\\nAnother.\\n04:30\\nA third.")
    []
    """
    stamps = [(line.start, m) for line in lines(text) if (m := _ENTRY_STAMP.match(line.text))]
    dated = [bool(re.search(r"\d{4}", m.group(0))) for _, m in stamps]
    if any(dated) and not all(dated):
        stamps = [stamp for stamp, year in zip(stamps, dated, strict=True) if not year]
    if len(stamps) < _LIVE_ENTRIES:
        return []
    clocks = [_minutes(m) for _, m in stamps]
    steps = [(b - a) % _DAY_MINUTES for a, b in pairwise(clocks)]
    back = sum(step > _DAY_MINUTES // 2 for step in steps)
    if back <= sum(0 < step <= _DAY_MINUTES // 2 for step in steps):
        return []
    last = len(stamps) - 1
    return [(start, last - i) for i, (start, _) in enumerate(stamps)]


def _minutes(stamp: re.Match[str]) -> int:
    """A stamp's time of day in minutes after midnight, "1.10pm" as 13:10, "12.05am" as 00:05."""
    hour, minute, half = int(stamp.group(1)), int(stamp.group(2)), stamp.group(3)
    if half:
        hour = hour % 12 + (12 if half in "Pp" else 0)
    return hour * 60 + minute
