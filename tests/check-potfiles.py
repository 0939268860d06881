#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks that the translation template is complete and current (TAP).

po/POTFILES.in must list every file with translatable strings, sorted, and only files that
exist. The template is regenerated from it with xgettext, and compared with a template made
from every source file under app/ (listed or not), so a string in a forgotten file fails even
when this script's own scan misses the file. Each language in po/LINGUAS must have a .po file
merged with the current template (msgcmp), so `ninja merit-update-po` is never forgotten.

Usage: check-potfiles.py SOURCE_ROOT
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile

C_KEYWORDS = [
    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
    '--keyword=g_dngettext:2,3', '--keyword=ngettext:1,2',
]
MARKERS_C = re.compile(r'\b(?:N?C?_|ngettext|g_dngettext)\s*\(\s*"')
MARKERS_C_CALL = re.compile(r'\b(?:ngettext|g_dngettext|NC_|C_)\s*\(')
MARKER_UI = 'translatable="yes"'
# Data files whose text is translated; every one of these must be listed.
DATA_SUFFIXES = ('.desktop.in', '.metainfo.xml.in', '.gschema.xml')

results = []


def check(ok, description, diagnostics=()):
    results.append(ok)
    print(('ok' if ok else 'not ok'), len(results), '-', description)
    for line in diagnostics:
        print('#', line)
    sys.stdout.flush()


def read_potfiles(root):
    with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
        lines = [line.strip() for line in f]
    return [line for line in lines if line and not line.startswith('#')]


def read_linguas(root):
    langs = []
    with open(os.path.join(root, 'po', 'LINGUAS'), encoding='utf-8') as f:
        for line in f:
            langs.extend(line.split('#', 1)[0].split())
    return langs


def has_markers(path):
    try:
        with open(path, encoding='utf-8') as f:
            text = f.read()
    except UnicodeDecodeError:
        return False
    if path.endswith('.ui'):
        return MARKER_UI in text
    return bool(MARKERS_C.search(text) or MARKERS_C_CALL.search(text))


def source_files(root):
    """Every C source and .ui file under app/, relative to root."""
    found = []
    for dirpath, dirnames, filenames in os.walk(os.path.join(root, 'app')):
        dirnames.sort()
        for name in sorted(filenames):
            if name.endswith(('.c', '.h', '.ui')):
                found.append(os.path.relpath(os.path.join(dirpath, name), root))
    return found


def data_files(root):
    data = os.path.join(root, 'data')
    return sorted('data/' + name for name in os.listdir(data) if name.endswith(DATA_SUFFIXES))


def xgettext(root, files, output):
    """Extracts the strings of files into output; returns (ok, diagnostics)."""
    groups = [
        ([f for f in files if f.endswith(('.c', '.h'))], ['--language=C'] + C_KEYWORDS),
        ([f for f in files if f.endswith('.desktop.in')], ['--language=Desktop']),
        # GtkBuilder, metainfo and GSettings files are found by gettext's ITS locating rules
        # (gtk4builder.its from GTK, metainfo.its from AppStream, gschema.its from GLib).
        ([f for f in files if f.endswith(('.ui', '.xml', '.xml.in'))], []),
    ]
    diagnostics = []
    first = True
    for group, args in groups:
        if not group:
            continue
        cmd = ['xgettext', '--from-code=UTF-8', '--add-comments=Translators',
               '--package-name=merit', '--output=' + output] + args
        if not first:
            cmd.append('--join-existing')
        proc = subprocess.run(cmd + group, cwd=root, capture_output=True, text=True)
        # gettext 0.21 warns that its fallback GtkBuilder rules may be outdated; that is noise.
        diagnostics += [line for line in proc.stderr.splitlines()
                        if 'fallback ITS rule file' not in line]
        if proc.returncode != 0:
            return False, diagnostics
        first = False
    if first:
        open(output, 'w').close()
    return True, diagnostics


def msgids(pot):
    """The (context, msgid) pairs of a template, via msgcat's stable output."""
    proc = subprocess.run(['msgcat', '--no-wrap', '--sort-output', pot],
                          capture_output=True, text=True, check=True)
    ids = set()
    ctx = None
    key = None
    for line in proc.stdout.splitlines():
        if line.startswith('msgctxt '):
            ctx = line[len('msgctxt '):]
        elif line.startswith('msgid '):
            key = line[len('msgid '):]
            if key != '""':
                ids.add((ctx, key))
            ctx = None
    return ids


def main():
    if len(sys.argv) != 2:
        print('usage: check-potfiles.py SOURCE_ROOT', file=sys.stderr)
        return 2
    root = os.path.abspath(sys.argv[1])
    for tool in ('xgettext', 'msgcat', 'msgcmp'):
        if shutil.which(tool) is None:
            print('1..0 # SKIP', tool, 'not found')
            return 0

    listed = read_potfiles(root)
    linguas = read_linguas(root)
    print('1..%d' % (6 + len(linguas)))

    check(listed == sorted(set(listed)), 'po/POTFILES.in is sorted, without duplicates',
          [f for a, f in zip(listed, listed[1:]) if f <= a])

    missing_files = [f for f in listed if not os.path.isfile(os.path.join(root, f))]
    check(not missing_files, 'every file in po/POTFILES.in exists',
          ['no such file: ' + f for f in missing_files])

    sources = source_files(root)
    unlisted = [f for f in sources + data_files(root)
                if f not in listed and (f.startswith('data/') or
                                        has_markers(os.path.join(root, f)))]
    check(not unlisted, 'every file with translatable strings is in po/POTFILES.in',
          ['not listed: ' + f for f in unlisted])

    with tempfile.TemporaryDirectory(prefix='merit-pot-') as tmp:
        template = os.path.join(tmp, 'merit.pot')
        ok, diagnostics = xgettext(root, [f for f in listed if f not in missing_files], template)
        check(ok and not diagnostics,
              'xgettext regenerates the template from po/POTFILES.in without warnings',
              diagnostics)
        if not ok:
            return 1

        everything = os.path.join(tmp, 'everything.pot')
        ok_all, diagnostics = xgettext(root, sources, everything)
        check(ok_all, 'xgettext extracts every source file under app/', diagnostics)

        current = msgids(template)
        absent = sorted(msgids(everything) - current) if ok_all else []
        check(ok_all and not absent, 'every translatable string under app/ is in the template',
              ['%s%s' % ('' if c is None else 'msgctxt %s ' % c, m) for c, m in absent[:50]])

        for lang in linguas:
            po = os.path.join(root, 'po', lang + '.po')
            if not os.path.isfile(po):
                check(False, '%s.po exists and covers the template' % lang,
                      ['po/LINGUAS lists %s but po/%s.po does not exist' % (lang, lang)])
                continue
            # Untranslated and fuzzy entries count as present: this checks that the file was
            # merged with the current template, not that the translation is finished.
            proc = subprocess.run(['msgcmp', '--use-fuzzy', '--use-untranslated', po, template],
                                  capture_output=True, text=True)
            check(proc.returncode == 0, '%s.po covers the current template' % lang,
                  proc.stderr.splitlines()[:50] +
                  ([] if proc.returncode == 0 else ['run: ninja -C BUILDDIR merit-update-po']))

    return 0 if all(results) else 1


if __name__ == '__main__':
    sys.exit(main())
