#!/usr/bin/env python3
"""Count the word literals in the core's code: how much of a word list is
still written in Rust rather than in `data/`.

A word literal is a string literal that is a single lower-case word (its
text matches `[a-z][a-z'-]*`). Counted: `src/**/*.rs` except `src/web/`
(the views), files named `tests.rs` or `*_tests.rs`, everything from a
`#[cfg(test)]` line to the end of its file, and comments.

    scripts/count-word-literals.py            # the total
    scripts/count-word-literals.py --files    # per file, largest first
    scripts/count-word-literals.py --list F   # the literals of one file

Run from the crate's root (or pass --root).
"""

import argparse
import pathlib
import re
import sys

WORD = re.compile(r"[a-z][a-z'-]*")


def code_part(text):
    """The file's text before its first `#[cfg(test)]` line."""
    lines = text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.strip().startswith("#[cfg(test)]"):
            return "".join(lines[:i])
    return text


def string_literals(src):
    """Yield (line, contents) of every string literal outside comments:
    plain ("..."), byte (b"...") and raw (r"...", r#"..."#) strings. Char
    literals and lifetimes are skipped so a `'"'` does not open a string."""
    i, n, line = 0, len(src), 1
    while i < n:
        c = src[i]
        if c == "\n":
            line += 1
            i += 1
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src.startswith("/*", i):
            depth, i = 1, i + 2
            while i < n and depth:
                if src.startswith("/*", i):
                    depth, i = depth + 1, i + 2
                elif src.startswith("*/", i):
                    depth, i = depth - 1, i + 2
                else:
                    line += src[i] == "\n"
                    i += 1
        elif c == "r" and re.match(r'r#*"', src[i:]) and not is_ident(src, i - 1):
            hashes = re.match(r"r(#*)\"", src[i:]).group(1)
            start = i + 2 + len(hashes)
            end = src.find('"' + hashes, start)
            end = n if end < 0 else end
            yield line, src[start:end]
            line += src.count("\n", i, end)
            i = end + 1 + len(hashes)
        elif c == '"':
            j, buf = i + 1, []
            while j < n and src[j] != '"':
                if src[j] == "\\":
                    buf.append(src[j : j + 2])
                    j += 2
                else:
                    buf.append(src[j])
                    j += 1
            body = "".join(buf)
            yield line, body
            line += body.count("\n")
            i = j + 1
        elif c == "'":
            # A char literal ('a', '\n', '\u{..}', '"') or a lifetime ('a).
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", src[i:])
            i += len(m.group(0)) if m else 1
        else:
            i += 1


def is_ident(src, i):
    return i >= 0 and (src[i].isalnum() or src[i] == "_")


def counted_files(root):
    for path in sorted((root / "src").rglob("*.rs")):
        rel = path.relative_to(root)
        if rel.parts[:2] == ("src", "web"):
            continue
        if path.name == "tests.rs" or path.name.endswith("_tests.rs"):
            continue
        yield rel, path


def word_literals(path):
    src = code_part(path.read_text(encoding="utf-8"))
    return [(ln, s) for ln, s in string_literals(src) if WORD.fullmatch(s)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=".", type=pathlib.Path)
    parser.add_argument("--files", action="store_true", help="counts per file")
    parser.add_argument("--list", metavar="FILE", help="the literals of one file")
    args = parser.parse_args()
    if not (args.root / "src").is_dir():
        sys.exit(f"no src/ under {args.root}: run from the crate's root or pass --root")
    if args.list:
        for ln, s in word_literals(args.root / args.list):
            print(f"{args.list}:{ln}: {s}")
        return
    counts = {str(rel): len(word_literals(path)) for rel, path in counted_files(args.root)}
    if args.files:
        for name, count in sorted(counts.items(), key=lambda kv: -kv[1]):
            if count:
                print(f"{count:6}  {name}")
    print(sum(counts.values()))


if __name__ == "__main__":
    main()
