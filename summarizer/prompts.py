"""Versioned prompt templates: ``prompts/<name>.v<N>.txt``, loaded by name.

A prompt file is never edited in place once used: a change is a new version
(``chunk_summary.v2.txt``), so every summary records exactly which text
produced it (spacy-llm does the same with its ``*.v1.jinja`` templates).

Templates use :class:`string.Template` placeholders (``$title``, ``${text}``)
with one extra rule: a line whose placeholders are *all* empty is dropped, so
an article without an outlet gets no dangling ``Outlet:`` line (and blank
lines do not pile up where a block of such lines was dropped).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from pathlib import Path

from summarizer.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
# Repo layout first; an installed wheel carries a copy inside the package.
PROMPT_DIR = next(
    (p for p in (PACKAGE_DIR.parent / "prompts", PACKAGE_DIR / "data" / "prompts") if p.is_dir()),
    PACKAGE_DIR.parent / "prompts",
)

_NAME = re.compile(r"^(?P<base>[a-z0-9_]+)\.v(?P<version>[0-9]+)$")


@dataclass(frozen=True)
class Prompt:
    """One prompt template file.

    >>> p = Prompt("demo", 1, "Title: $title\\nText: $text")
    >>> p.render(title="", text="Hello.")
    'Text: Hello.'
    """

    base: str
    version: int
    template: str

    @property
    def name(self) -> str:
        """The versioned name recorded in outputs, e.g. ``chunk_summary.v1``."""
        return f"{self.base}.v{self.version}"

    @property
    def fields(self) -> frozenset[str]:
        return frozenset(_placeholders(self.template))

    def render(self, **values: str | None) -> str:
        """Fill the placeholders; lines whose placeholders are all empty are dropped.

        Values are single-lined except ``text`` (a newline inside a title would
        otherwise break the one-field-per-line layout).
        """
        unknown = self.fields - values.keys()
        if unknown:
            raise ConfigError(f"prompt {self.name} needs values for {', '.join(sorted(unknown))}")
        clean = {
            k: ("" if v is None else (v if k == "text" else " ".join(str(v).split())))
            for k, v in values.items()
        }
        kept: list[str] = []
        for line in self.template.split("\n"):
            names = _placeholders(line)
            if names and not any(clean[n].strip() for n in names):
                continue
            if not line.strip() and kept and not kept[-1].strip():
                continue  # a dropped block leaves one blank line, not two
            kept.append(string.Template(line).substitute(clean))
        return "\n".join(kept)


def _placeholders(text: str) -> list[str]:
    out = []
    for m in string.Template.pattern.finditer(text):
        name = m.group("named") or m.group("braced")
        if name:
            out.append(name)
        elif m.group("invalid") is not None:
            raise ConfigError(f"bad placeholder in prompt template near {text[m.start() :][:20]!r}")
    return out


def available_prompts(prompt_dir: Path | None = None) -> list[str]:
    """Names of the prompt files present, e.g. ``['chunk_summary.v1']``."""
    folder = prompt_dir or PROMPT_DIR
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.txt") if _NAME.match(p.stem))


def load_prompt(name: str, prompt_dir: Path | None = None) -> Prompt:
    """Load a prompt by versioned name.

    >>> load_prompt("chunk_summary.v1").name
    'chunk_summary.v1'
    """
    m = _NAME.match(name)
    if not m:
        raise ConfigError(
            f"prompt name {name!r} must look like 'chunk_summary.v1' (name.vN, no extension)"
        )
    path = (prompt_dir or PROMPT_DIR) / f"{name}.txt"
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        have = ", ".join(available_prompts(prompt_dir)) or "none"
        raise ConfigError(f"unknown prompt {name!r} (available: {have})") from None
    prompt = Prompt(m.group("base"), int(m.group("version")), text.rstrip("\n"))
    prompt.fields  # noqa: B018 - parse now so a broken template fails at load, not mid-run
    return prompt
