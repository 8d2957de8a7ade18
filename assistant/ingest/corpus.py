"""corpus/ files -> Documents (one per section) with part, title, section and citation metadata."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from assistant.records import Document

SUFFIXES = (".md", ".txt")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


class CorpusError(Exception):
    """The corpus cannot be read; the message says what to do."""


def study_dirs(corpus_dir: Path) -> list[tuple[str, Path]]:
    """(study id, folder) for each study of the corpus: every sub-folder is one study pack (its
    name is the id), and text files lying in corpus_dir itself form a study with the id "".
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"corpus folder not found: {corpus_dir} (set CARTQA_CORPUS_DIR)")
    out = [("", corpus_dir)] if _texts(corpus_dir) else []
    out += [(p.name, p) for p in sorted(corpus_dir.iterdir()) if p.is_dir() and not p.name.startswith((".", "_"))]
    return out


def _texts(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)


def corpus_files(corpus_dir: Path) -> list[Path]:
    """The indexable files of corpus_dir (and of its study folders), in a stable order."""
    return [path for _, folder in study_dirs(corpus_dir) for path in _texts(folder)]


def corpus_hash(corpus_dir: Path) -> str:
    """A hash of every corpus file's name and bytes, study packs' data (.toml, .jsonl) included:
    the question bank and the safety training messages are indexed too."""
    digest = hashlib.sha256()
    files = [p for _, folder in study_dirs(corpus_dir) for p in sorted(folder.iterdir()) if p.is_file()
             and (p.suffix.lower() in SUFFIXES or p.suffix.lower() in (".toml", ".jsonl"))]
    for path in files:
        digest.update(str(path.relative_to(corpus_dir)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def clean(text: str) -> str:
    """Drop link markup and emphasis, keep the words; join sentences broken by stray blank lines."""
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\r\n", "\n").replace("\u00a0", " ")
    # A paragraph that ends without terminal punctuation and is followed by one starting in
    # lower case (or by a word continuing a term) is one sentence broken in two.
    text = re.sub(r"(?<=[^\s.!?:;])\n[ \t]*\n+(?=[a-z(])", " ", text)
    text = re.sub(r"[ \t]+", " ", text)
    return text.strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "main"


def _front_matter(raw: str) -> tuple[dict[str, str], str]:
    if not raw.startswith("---\n"):
        return {}, raw
    end = raw.find("\n---", 4)
    if end < 0:
        return {}, raw
    meta = {}
    for line in raw[4:end].splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip()
    return meta, raw[end + 4 :].lstrip("\n")


def parse_file(path: Path, study: str = "") -> list[Document]:
    """One file -> its sections as Documents. A file without headings is one section. Ids are
    "<study>/<file>#<section>" ("<file>#<section>" for a study without an id)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path.name} is not UTF-8 text: save it as UTF-8 or remove it from the corpus") from exc
    meta, body = _front_matter(raw)
    title = meta.get("title", "")
    part = meta.get("part", path.stem)
    citation = meta.get("citation", "")
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line in body.splitlines():
        heading = _HEADING.match(line)
        if heading:
            level, name = len(heading.group(1)), clean(heading.group(2))
            if level == 1 and not title:
                title = name
                continue
            sections.append((name, []))
        else:
            sections[-1][1].append(line)
    title = title or path.stem.replace("-", " ").replace("_", " ").capitalize()
    docs = []
    for name, lines in sections:
        text = clean("\n".join(lines))
        if not text:
            continue
        section = name or title
        docs.append(
            Document(
                doc_id=f"{study + '/' if study else ''}{_slug(path.stem)}#{_slug(section)}",
                study=study,
                source=path.name,
                part=part,
                title=title,
                section=section,
                citation=citation,
                text=text,
            )
        )
    return docs


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every section of every corpus file. Raises CorpusError when there is nothing to index."""
    docs = [doc for study, folder in study_dirs(corpus_dir) for path in _texts(folder) for doc in parse_file(path, study)]
    if not docs:
        raise CorpusError(f"the corpus folder {corpus_dir} has no .md or .txt text: add the study files there")
    return docs
