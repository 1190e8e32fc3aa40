"""The words a rendered brief adds around the articles' text (headings, the conflict
labels, the HTML page's navigation, hints and footer), in the brief's language.

A brief names its language in ``meta["language"]`` (an ISO 639-1 code: "en", "zh",
...); :func:`labels_for` gives that language's table, English for a language without
one (or a brief without the key, as briefs written before it were). The Markdown
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
    "words": "{n} words",
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
    "words": "{n} palabras",
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
    "words": "{n} mots",
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
    "words": "{n} Wörter",
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
    "words": "{n} parole",
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
    "words": "{n} palavras",
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
    "words": "{n} 字",
    "article_text": "原文",
    "n_cited": ("{n} 处引文", "{n} 处引文"),
    "backend": "{backend} 后端",
    "written_by": "生成工具：{tool}。每句话均引自所标注的来源，或已与之核对。",
    "off_topic": "因偏离主题而略去：{ids}。",
    "back": "\u21a9 返回",
    "back_label": "返回引用此处的句子",
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
    "words": "{n} 文字",
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


def labels_for(language: str | None) -> Labels:
    """The label table for ``language`` (an ISO 639-1 code); English for any other.

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
