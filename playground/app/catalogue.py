"""Keeps the translation catalogues in step with the code: a developer's tool, not the app's.

    python -m playground.app.catalogue                 # lupdate every app source, then lrelease
    python -m playground.app.catalogue --missing       # unfinished messages, as fillable JSON
    python -m playground.app.catalogue --fill T.json   # take translations {context: {source: zh}}
    python -m playground.app.catalogue --merge B.ts    # take B's finished translations we lack

The `.ts` is the one source of truth and is committed with its compiled `.qm`: the `.qm` is
small, and committing it keeps `pip install` free of a build step that needs Qt's tools.
Locations are left out of the `.ts` so that moving a line of code does not change it.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "playground_zh_CN.ts"
UNFINISHED = ("unfinished", "vanished", "obsolete")


def sources() -> list[str]:
    """Every app source with texts a person sees, relative to the checkout."""
    app = ROOT / "playground" / "app"
    return sorted(str(path.relative_to(ROOT)) for path in app.rglob("*.py")
                  if path.name != "catalogue.py")


def tool(name: str) -> str:
    """A Qt tool that ships beside this Python (pyside6-lupdate, pyside6-lrelease)."""
    return str(Path(sys.executable).with_name(name))


def lupdate(ts: Path = TS) -> str:
    """Add new texts to `ts`, drop vanished ones; lupdate's own summary."""
    return subprocess.run([tool("pyside6-lupdate"), *sources(), "-locations", "none",
                           "-no-obsolete", "-ts", str(ts)], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout


def lrelease(ts: Path = TS) -> None:
    """Compile `ts` to the `.qm` beside it."""
    subprocess.run([tool("pyside6-lrelease"), str(ts)], cwd=ROOT, capture_output=True, check=True)


def messages(ts: Path = TS) -> list[tuple[str, ET.Element]]:
    """(context, message element) for every message in `ts`."""
    return [(context.findtext("name"), message)
            for context in ET.parse(ts).getroot().iter("context")
            for message in context.iter("message")]


def missing(ts: Path = TS) -> dict[str, dict[str, str]]:
    """{context: {source: ''}} for each message without a finished translation."""
    found: dict[str, dict[str, str]] = {}
    for context, message in messages(ts):
        if message.find("translation").get("type") in UNFINISHED:
            found.setdefault(context, {})[message.findtext("source")] = ""
    return found


def fill(translations: dict[str, dict[str, str]], ts: Path = TS) -> int:
    """Write `translations` into `ts` as finished; how many messages changed."""
    tree = ET.parse(ts)
    changed = 0
    for context in tree.getroot().iter("context"):
        given = translations.get(context.findtext("name"), {})
        for message in context.iter("message"):
            text = given.get(message.findtext("source"))
            if text:
                translation = message.find("translation")
                translation.text = text
                translation.attrib.pop("type", None)
                changed += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return changed


def finished(ts: Path) -> dict[str, dict[str, str]]:
    """{context: {source: translation}} of the finished messages in `ts`."""
    found: dict[str, dict[str, str]] = {}
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation.get("type") not in UNFINISHED and translation.text:
            found.setdefault(context, {})[message.findtext("source")] = translation.text
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m playground.app.catalogue",
                                     description="Keep resources/i18n in step with the code.")
    parser.add_argument("--missing", action="store_true", help="print unfinished messages")
    parser.add_argument("--fill", type=Path, help="JSON {context: {source: translation}}")
    parser.add_argument("--merge", type=Path, help="another .ts to take translations from")
    args = parser.parse_args(argv)
    print(lupdate().strip().splitlines()[-1])
    if args.fill:
        print(f"filled {fill(json.loads(args.fill.read_text(encoding='utf-8')))}")
    if args.merge:
        print(f"merged {fill(finished(args.merge))}")
    if args.fill or args.merge:
        lupdate()  # written back in lupdate's own form, so the next run changes nothing
    lrelease()
    left = missing()
    if args.missing:
        print(json.dumps(left, ensure_ascii=False, indent=1))
    print(f"unfinished: {sum(map(len, left.values()))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
