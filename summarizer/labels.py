"""The words a rendered brief adds around the articles' text (headings, the conflict
labels, the HTML page's navigation, hints and footer), in the brief's language.

A brief names its language in ``meta["language"]`` (an ISO 639-1 code: "en", "zh",
...); :func:`labels_for` gives that language's table, English for a language without
one (or a brief without the key, as briefs written before it were). A Chinese brief
in Traditional characters gets the Traditional table, "zh-Hant" (:func:`label_language`
tells it from the brief's text; ``meta["language"]`` stays "zh"). The Markdown
(:mod:`summarizer.render`) and HTML (:mod:`summarizer.render_html`) renderers take
every such word from here. ``{n}``, ``{x}`` and the like are filled by the renderer;
``one`` / ``other`` pairs are the singular and plural of a count.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

Labels = Mapping[str, Any]

EN: Labels = {
    # Markdown and HTML
    "key_points": "Key points",
    "conflicts": "Where sources differ",
    "sources": "Sources",
    "contradiction": "sources contradict",
    "estimates": "estimates differ",
    "paren": " ({x})",  # a note after a phrase: "Sources (3)", "... (estimates differ)"
    "colon": ": ",
    "list_sep": ", ",
    "side_sep": "; ",  # between the values a conflict's sources give
    # HTML only
    "summary": "Summary",
    "skip": "Skip to the brief",
    "kicker": "Event brief",
    "n_sources": ("{n} source", "{n} sources"),
    "sections": "Sections",
    "hint": (
        "Each number is a citation: select it to see the cited passage highlighted in its source."
    ),
    "source_n": "Source {n}",
    "cited_passage": "{label}, cited passage",  # a citation marker, for a screen reader
    "words": ("{n} word", "{n} words"),
    "article_text": "Article text",
    "n_cited": ("{n} cited passage", "{n} cited passages"),
    "backend": "{backend} backend",
    "written_by": (
        "Written by {tool}. Every sentence is quoted from or checked against the sources it cites."
    ),
    "off_topic": "Left out as off-topic: {ids}.",
    # the page's script (templates/brief.js holds the English ones)
    "back": "\u21a9 back",
    "back_label": "Back to the cited sentence",
}

ES: Labels = {
    "key_points": "Puntos clave",
    "conflicts": "Dónde difieren las fuentes",
    "sources": "Fuentes",
    "contradiction": "las fuentes se contradicen",
    "estimates": "las estimaciones difieren",
    "paren": " ({x})",
    "colon": ": ",
    "list_sep": ", ",
    "side_sep": "; ",
    "summary": "Resumen",
    "skip": "Ir al resumen",
    "kicker": "Resumen informativo",
    "n_sources": ("{n} fuente", "{n} fuentes"),
    "sections": "Secciones",
    "hint": (
        "Cada número es una cita: selecciónelo para ver el pasaje citado resaltado en su fuente."
    ),
    "source_n": "Fuente {n}",
    "cited_passage": "{label}, pasaje citado",
    "words": ("{n} palabra", "{n} palabras"),
    "article_text": "Texto del artículo",
    "n_cited": ("{n} pasaje citado", "{n} pasajes citados"),
    "backend": "motor {backend}",
    "written_by": (
        "Redactado por {tool}. Cada frase se cita de las fuentes indicadas o se contrasta con "
        "ellas."
    ),
    "off_topic": "Descartados por no tratar el tema: {ids}.",
    "back": "\u21a9 volver",
    "back_label": "Volver a la frase que cita este pasaje",
}

FR: Labels = {
    "key_points": "Points clés",
    "conflicts": "Où les sources divergent",
    "sources": "Sources",
    "contradiction": "les sources se contredisent",
    "estimates": "les estimations divergent",
    "paren": " ({x})",
    "colon": " : ",
    "list_sep": ", ",
    "side_sep": " ; ",
    "summary": "Résumé",
    "skip": "Aller au résumé",
    "kicker": "Synthèse",
    "n_sources": ("{n} source", "{n} sources"),
    "sections": "Rubriques",
    "hint": (
        "Chaque numéro est une citation : sélectionnez-le pour voir le passage cité surligné "
        "dans sa source."
    ),
    "source_n": "Source {n}",
    "cited_passage": "{label}, passage cité",
    "words": ("{n} mot", "{n} mots"),
    "article_text": "Texte de l’article",
    "n_cited": ("{n} passage cité", "{n} passages cités"),
    "backend": "moteur {backend}",
    "written_by": (
        "Rédigé par {tool}. Chaque phrase est tirée des sources qu’elle cite ou vérifiée au "
        "regard de celles-ci."
    ),
    "off_topic": "Écartés car hors sujet : {ids}.",
    "back": "\u21a9 retour",
    "back_label": "Revenir à la phrase qui cite ce passage",
}

DE: Labels = {
    "key_points": "Kernpunkte",
    "conflicts": "Wo die Quellen abweichen",
    "sources": "Quellen",
    "contradiction": "Quellen widersprechen sich",
    "estimates": "Schätzungen weichen ab",
    "paren": " ({x})",
    "colon": ": ",
    "list_sep": ", ",
    "side_sep": "; ",
    "summary": "Zusammenfassung",
    "skip": "Direkt zur Zusammenfassung",
    "kicker": "Ereignisüberblick",
    "n_sources": ("{n} Quelle", "{n} Quellen"),
    "sections": "Abschnitte",
    "hint": (
        "Jede Zahl ist ein Beleg: Wählen Sie sie aus, um die zitierte Stelle in ihrer Quelle "
        "hervorgehoben zu sehen."
    ),
    "source_n": "Quelle {n}",
    "cited_passage": "{label}, zitierte Stelle",
    "words": ("{n} Wort", "{n} Wörter"),
    "article_text": "Artikeltext",
    "n_cited": ("{n} zitierte Stelle", "{n} zitierte Stellen"),
    "backend": "{backend}-Backend",
    "written_by": (
        "Erstellt von {tool}. Jeder Satz ist aus den angegebenen Quellen zitiert oder an ihnen "
        "überprüft."
    ),
    "off_topic": "Als themenfremd ausgelassen: {ids}.",
    "back": "\u21a9 zurück",
    "back_label": "Zurück zum zitierenden Satz",
}

IT: Labels = {
    "key_points": "Punti chiave",
    "conflicts": "Dove le fonti divergono",
    "sources": "Fonti",
    "contradiction": "le fonti si contraddicono",
    "estimates": "le stime divergono",
    "paren": " ({x})",
    "colon": ": ",
    "list_sep": ", ",
    "side_sep": "; ",
    "summary": "Sintesi",
    "skip": "Vai alla sintesi",
    "kicker": "In breve",
    "n_sources": ("{n} fonte", "{n} fonti"),
    "sections": "Sezioni",
    "hint": (
        "Ogni numero è una citazione: selezionalo per vedere il passo citato evidenziato nella "
        "sua fonte."
    ),
    "source_n": "Fonte {n}",
    "cited_passage": "{label}, passo citato",
    "words": ("{n} parola", "{n} parole"),
    "article_text": "Testo dell’articolo",
    "n_cited": ("{n} passo citato", "{n} passi citati"),
    "backend": "backend {backend}",
    "written_by": (
        "Scritto da {tool}. Ogni frase è tratta dalle fonti che cita o verificata su di esse."
    ),
    "off_topic": "Esclusi perché fuori tema: {ids}.",
    "back": "\u21a9 indietro",
    "back_label": "Torna alla frase che cita questo passo",
}

PT: Labels = {
    "key_points": "Pontos principais",
    "conflicts": "Onde as fontes divergem",
    "sources": "Fontes",
    "contradiction": "as fontes se contradizem",
    "estimates": "as estimativas divergem",
    "paren": " ({x})",
    "colon": ": ",
    "list_sep": ", ",
    "side_sep": "; ",
    "summary": "Resumo",
    "skip": "Ir para o resumo",
    "kicker": "Resumo informativo",
    "n_sources": ("{n} fonte", "{n} fontes"),
    "sections": "Índice",
    "hint": ("Cada número é uma citação: selecione-o para ver o trecho citado destacado na fonte."),
    "source_n": "Fonte {n}",
    "cited_passage": "{label}, trecho citado",
    "words": ("{n} palavra", "{n} palavras"),
    "article_text": "Texto do artigo",
    "n_cited": ("{n} trecho citado", "{n} trechos citados"),
    "backend": "backend {backend}",
    "written_by": (
        "Escrito por {tool}. Cada frase é citada das fontes indicadas ou conferida com elas."
    ),
    "off_topic": "Deixados de fora por estarem fora do tema: {ids}.",
    "back": "\u21a9 voltar",
    "back_label": "Voltar à frase que cita este trecho",
}

ZH: Labels = {  # Simplified Chinese, full-width punctuation
    "key_points": "要点",
    "conflicts": "来源说法不一",
    "sources": "来源",
    "contradiction": "说法相互矛盾",
    "estimates": "估计数字不一",
    "paren": "（{x}）",
    "colon": "：",
    "list_sep": "，",
    "side_sep": "；",
    "summary": "摘要",
    "skip": "跳至简报正文",
    "kicker": "事件简报",
    "n_sources": ("{n} 个来源", "{n} 个来源"),
    "sections": "章节",
    "hint": "每个编号都是一处引用：点击即可在来源原文中查看高亮的引文。",
    "source_n": "来源 {n}",
    "cited_passage": "{label}，引文",
    "words": ("{n} 字", "{n} 字"),
    "article_text": "原文",
    "n_cited": ("{n} 处引文", "{n} 处引文"),
    "backend": "{backend} 后端",
    "written_by": "生成工具：{tool}。每句话均引自所标注的来源，或已与之核对。",
    "off_topic": "因偏离主题而略去：{ids}。",
    "back": "\u21a9 返回",
    "back_label": "返回引用此处的句子",
}

ZH_HANT: Labels = {  # Traditional Chinese (zh-Hant): the Simplified table in Traditional forms
    "key_points": "要點",
    "conflicts": "來源說法不一",
    "sources": "來源",
    "contradiction": "說法相互矛盾",
    "estimates": "估計數字不一",
    "paren": "（{x}）",
    "colon": "：",
    "list_sep": "，",
    "side_sep": "；",
    "summary": "摘要",
    "skip": "跳至簡報正文",
    "kicker": "事件簡報",
    "n_sources": ("{n} 個來源", "{n} 個來源"),
    "sections": "章節",
    "hint": "每個編號都是一處引用：點擊即可在來源原文中查看高亮的引文。",
    "source_n": "來源 {n}",
    "cited_passage": "{label}，引文",
    "words": ("{n} 字", "{n} 字"),
    "article_text": "原文",
    "n_cited": ("{n} 處引文", "{n} 處引文"),
    "backend": "{backend} 後端",
    "written_by": "生成工具：{tool}。每句話均引自所標註的來源，或已與之核對。",
    "off_topic": "因偏離主題而略去：{ids}。",
    "back": "\u21a9 返回",
    "back_label": "返回引用此處的句子",
}

JA: Labels = {
    "key_points": "要点",
    "conflicts": "出典間の相違点",
    "sources": "出典",
    "contradiction": "出典が矛盾",
    "estimates": "推定値が異なる",
    "paren": "（{x}）",
    "colon": "：",
    "list_sep": "、",
    "side_sep": "；",
    "summary": "要約",
    "skip": "本文へスキップ",
    "kicker": "ニュース概要",
    "n_sources": ("出典 {n} 件", "出典 {n} 件"),
    "sections": "セクション",
    "hint": "各番号は引用です。選択すると、出典の中で引用箇所が強調表示されます。",
    "source_n": "出典 {n}",
    "cited_passage": "{label}、引用箇所",
    "words": ("{n} 文字", "{n} 文字"),
    "article_text": "記事本文",
    "n_cited": ("引用 {n} 箇所", "引用 {n} 箇所"),
    "backend": "{backend} バックエンド",
    "written_by": "作成：{tool}。各文は、示された出典からの引用か、出典と照合済みのものです。",
    "off_topic": "トピック外として除外：{ids}。",
    "back": "\u21a9 戻る",
    "back_label": "引用元の文に戻る",
}

LABELS: dict[str, Labels] = {
    "en": EN,
    "es": ES,
    "fr": FR,
    "de": DE,
    "it": IT,
    "pt": PT,
    "zh": ZH,
    "zh-Hant": ZH_HANT,
    "ja": JA,
}


def language_of(meta: Mapping[str, Any] | None) -> str | None:
    """The language a brief's ``meta`` names (``"language"``), as a lower-case primary
    subtag ("pt-BR" is "pt"); None when it names none.

    >>> language_of({"language": "zh"}), language_of({"language": "pt-BR"}), language_of({})
    ('zh', 'pt', None)
    """
    code = (meta or {}).get("language")
    if not isinstance(code, str) or not code.strip():
        return None
    return code.strip().replace("_", "-").split("-")[0].lower()


# Subtags of a Chinese language tag that name its script ("zh-Hant", "zh-TW", "zh-Hans").
_TRADITIONAL_SUBTAGS = frozenset({"hant", "tw", "hk", "mo"})
_SIMPLIFIED_SUBTAGS = frozenset({"hans", "cn", "sg", "my"})


def chinese_tag(text: str) -> str:
    """``"zh-Hant"`` for Chinese ``text`` in Traditional characters, else ``"zh"``
    (:func:`summarizer.language.chinese_script`).

    >>> chinese_tag("這是國會的決定。"), chinese_tag("这是国会的决定。"), chinese_tag("")
    ('zh-Hant', 'zh', 'zh')
    """
    from summarizer.language import chinese_script

    return "zh-Hant" if chinese_script(text) == "Hant" else "zh"


def label_language(brief: Any) -> str | None:
    """The language of a brief's own words (its label table, ``<html lang>``): the one
    its ``meta`` names (:func:`language_of`), and for Chinese its script: ``"zh-Hant"``
    (Traditional) when the tag says so ("zh-Hant", "zh-TW", "zh-HK") or names no script
    and the brief's headline and sentences are in Traditional characters (its sources',
    when those tell neither way); else ``"zh"``. ``meta["language"]`` itself stays
    the ISO 639-1 code the pipeline writes ("zh").

    >>> from summarizer.brief import EventBrief
    >>> def brief(headline, language="zh"):
    ...     return EventBrief(headline, (), (), (), (), {"language": language})
    >>> label_language(brief("南方洪災：這是今年最大的一次")), label_language(brief("洪灾"))
    ('zh-Hant', 'zh')
    >>> label_language(brief("洪灾", "zh-TW")), label_language(brief("洪灾", "de"))
    ('zh-Hant', 'de')
    """
    meta = getattr(brief, "meta", None) or {}
    language = language_of(meta)
    if language != "zh":
        return language
    subtags = set(str(meta["language"]).strip().lower().replace("_", "-").split("-")[1:])
    if subtags & _TRADITIONAL_SUBTAGS:
        return "zh-Hant"
    if subtags & _SIMPLIFIED_SUBTAGS:
        return "zh"
    from summarizer.language import chinese_script

    own = "\n".join([brief.headline, *(s.text for s in brief.sentences())])
    script = chinese_script(own) or chinese_script("\n".join(d.text for d in brief.sources))
    return "zh-Hant" if script == "Hant" else "zh"


def labels_for(language: str | None) -> Labels:
    """The label table for ``language`` (an ISO 639-1 code, or "zh-Hant": Traditional
    Chinese); English for any other.

    >>> labels_for("de")["key_points"], labels_for("xx")["key_points"]
    ('Kernpunkte', 'Key points')
    """
    return LABELS.get(language or "en", EN)


def count(labels: Labels, key: str, n: int) -> str:
    """A count in words: ``labels[key]`` is a (singular, plural) pair.

    >>> count(EN, "n_sources", 1), count(EN, "n_sources", 3), count(ZH, "n_sources", 3)
    ('1 source', '3 sources', '3 个来源')
    """
    one, other = labels[key]
    return (one if n == 1 else other).format(n=n)
