#!/usr/bin/env python3
"""Fills the English plural forms in scrutineer_en.ts after lupdate.

Source strings are English already; only messages using %n need translations, so that
"%n meeting(s)" shows as "1 meeting" / "3 meetings". Run after `cmake --build BUILD --target
update_translations`: python3 resources/translations/fill-english-plurals.py resources/translations/scrutineer_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET


def forms(source):
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    singular = singular.replace("(ies)", "y")
    return singular, plural


def main(path):
    tree = ET.parse(path)
    changed = 0
    for message in tree.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for text in forms(source):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        changed += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as handle:
        content = handle.read().replace("<?xml version='1.0' encoding='utf-8'?>",
                                        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        handle.seek(0)
        handle.write(content)
        handle.truncate()
    print(f"{changed} plural messages filled in {path}")


if __name__ == "__main__":
    main(sys.argv[1])
