#!/usr/bin/python3
"""A leader editing a bản trình in LibreOffice Writer, for the sign-off round-trip tests.

Usage: libreoffice-edit.py <in.docx> <out.docx> <edits.json>

Opens the file in a headless LibreOffice (through UNO, python3-uno from Debian), turns on
"Track Changes" unless an edit says otherwise, makes the edits as the named author — replace a
phrase, add a paragraph after one, delete a paragraph — and saves as Word 2007–365 (.docx): the
tracked changes are LibreOffice's own XML, not a test's imitation. (Comments are added by the
tests in the form Word writes them: an annotation made through UNO crashes LibreOffice 7.4's
save in headless mode, in Word and in ODF format alike.)

Each edit: {"op": "replace"|"insertAfter"|"delete"|"track", "author": "...", ...}
  replace:     find, text       (the first occurrence of `find` becomes `text`)
  insertAfter: find, text       (a new paragraph after the one holding `find`, in its style)
  delete:      find             (the whole paragraph holding `find`)
  track:       on (true|false)  (Track Changes from here on)
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    source, target, edits_file = sys.argv[1:4]
    with open(edits_file, encoding="utf-8") as f:
        edits = json.load(f)
    profile = tempfile.mkdtemp(prefix="baocao-lo-")
    pipe = "baocao_edit_%d" % os.getpid()
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--nologo",
            "--norestore",
            "--nodefault",
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--accept=pipe,name=%s;urp;" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        ctx = None
        # LibreOffice is ready when its pipe answers; it is given up on only if the process ends.
        while ctx is None:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            except NoConnectException:
                if office.poll() is not None:
                    raise SystemExit("LibreOffice ended before it answered")
                time.sleep(0.2)
        smgr = ctx.ServiceManager
        desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        config = smgr.createInstanceWithContext("com.sun.star.configuration.ConfigurationProvider", ctx)
        user = config.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess", (prop("nodepath", "/org.openoffice.UserProfile/Data"),)
        )

        def author(name):
            given, _, family = name.rpartition(" ")
            user.setPropertyValue("givenname", given)
            user.setPropertyValue("sn", family)
            user.commitChanges()

        # A private copy: a lock file left beside the original by another run would make the load fail.
        private = os.path.join(profile, "ban-trinh.docx")
        shutil.copyfile(source, private)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(private), "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise SystemExit("LibreOffice could not open " + source)
        doc.RecordChanges = True

        def find(text):
            search = doc.createSearchDescriptor()
            search.SearchString = text
            found = doc.findFirst(search)
            if found is None:
                raise SystemExit("not found in the document: " + text)
            return found

        for edit in edits:
            if "author" in edit:
                author(edit["author"])
            op = edit["op"]
            if op == "track":
                doc.RecordChanges = bool(edit["on"])
            elif op == "replace":
                find(edit["find"]).setString(edit["text"])
            elif op == "insertAfter":
                found = find(edit["find"])
                text = found.getText()
                cursor = text.createTextCursorByRange(found.getEnd())
                cursor.gotoEndOfParagraph(False)
                text.insertControlCharacter(cursor, 0, False)  # PARAGRAPH_BREAK
                text.insertString(cursor, edit["text"], False)
            elif op == "delete":
                found = find(edit["find"])
                text = found.getText()
                cursor = text.createTextCursorByRange(found.getStart())
                cursor.gotoStartOfParagraph(False)
                cursor.gotoEndOfParagraph(True)
                cursor.goRight(1, True)  # the paragraph's own end, so no empty paragraph is left
                cursor.setString("")
            else:
                raise SystemExit("unknown edit: " + op)

        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "MS Word 2007 XML"),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge closes as LibreOffice quits
    finally:
        try:
            office.wait(timeout=60)
        except subprocess.TimeoutExpired:
            office.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    main()
