#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies translated messages into another context of Qt .ts catalogues.

When a sentence moves to another class (another tr() context) with its wording unchanged,
its translations move with it: every message of the given sources found in one of the old
contexts is copied, translation and all, into the new context (created when missing). Run
lupdate -no-obsolete afterwards: it drops the old copies no source uses any more.

    packaging/ts-copy-context.py --to MinutesActions --from csc::MinutesEditor \\
        --from csc::MinutesReviewPanel --sources-of core/meetings/MinutesActions.cpp \\
        translations/cscdesk_*.ts
"""
import argparse
import html
import re
import sys

CONTEXT = re.compile(r"<context>\s*<name>(.*?)</name>(.*?)</context>\n?", re.S)
MESSAGE = re.compile(r"[ \t]*<message(?: [^>]*)?>.*?</message>\n", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
# tr("…" "…", …) in C++: the literal, adjacent literals joined.
TR = re.compile(r'\btr\(\s*((?:"(?:[^"\\]|\\.)*"\s*)+)')


def sources_of(path):
    text = open(path, encoding="utf-8").read()
    found = []
    for m in TR.finditer(text):
        parts = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(1))
        found.append(bytes("".join(parts), "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--to", required=True, help="the new context")
    parser.add_argument("--from", dest="old", action="append", required=True,
                        help="an old context (repeatable)")
    parser.add_argument("--sources-of", action="append", default=[],
                        help="a source file whose tr() sentences move (repeatable)")
    parser.add_argument("--source", action="append", default=[], help="a sentence that moves")
    parser.add_argument("catalogues", nargs="+")
    args = parser.parse_args()
    wanted = set(args.source)
    for path in args.sources_of:
        wanted.update(sources_of(path))
    for ts in args.catalogues:
        text = open(ts, encoding="utf-8").read()
        contexts = {m.group(1): m for m in CONTEXT.finditer(text)}
        target = contexts.get(args.to)
        have = set()
        if target:
            have = {html.unescape(SOURCE.search(msg).group(1))
                    for msg in MESSAGE.findall(target.group(2))}
        copied = []
        for old in args.old:
            ctx = contexts.get(old)
            if not ctx:
                continue
            for msg in MESSAGE.findall(ctx.group(2)):
                source = html.unescape(SOURCE.search(msg).group(1))
                if source in wanted and source not in have:
                    copied.append(msg)
                    have.add(source)
        if not copied:
            print(f"{ts}: nothing to copy")
            continue
        if target:
            end = target.end(2)
            text = text[:end] + "".join(copied) + text[end:]
        else:
            # Contexts are sorted by name, as lupdate writes them.
            after = next((m for name, m in sorted(contexts.items()) if name > args.to), None)
            block = f"<context>\n    <name>{args.to}</name>\n" + "".join(copied) + "</context>\n"
            at = after.start() if after else text.rindex("</TS>")
            text = text[:at] + block + text[at:]
        open(ts, "w", encoding="utf-8").write(text)
        print(f"{ts}: {len(copied)} message(s) copied into {args.to}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
