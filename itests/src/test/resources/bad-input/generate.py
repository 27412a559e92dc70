#!/usr/bin/env python3
"""Writes the bad-input corpus that BadInputIT sends to every import endpoint (run it from this folder).

Each endpoint folder holds valid.<ext> (the control: it must pass a dry run, so the test can tell a refusal from a
broken endpoint) and the bad variants of the same content. The huge file and the deeply nested JSON are made by the
test at run time. Everything is invented; the names are test names."""
import io
import os
import struct
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
WIDE = 10_000  # cells in the wide row

# endpoint folder -> (header, good rows); every text row has Norwegian letters, so Latin-1 and UTF-16 differ from UTF-8
CSV = {
    "plans-plans": (["code", "type", "title", "unit", "description"],
                    [["BI-PLAN-1", "temaplan", "Temaplan for øving på særteikn", "ALV-HO", "Ærleg talt: å, æ og ø"]]),
    "plans-goals": (["plan", "code", "level", "parent", "text"],
                    [["ALV-KDP-HSO", "BI-MÅL-1", "main", "", "Mål for øving på særteikn: æ, ø og å"]]),
    "measures-csv": (["plan", "number", "title", "description", "units", "from_year", "to_year"],
                     [["ALV-KDP-HSO", "BI-1", "Tiltak for øving på særteikn", "Ærleg talt: å, æ og ø", "ALV-HO", "2025", "2026"]]),
    "forecast-population": (["year", "age", "population"],
                            [[str(y), str(a), str(100 + a)] for y in (2020, 2021) for a in range(0, 3)]),
    "forecast-service-users": (["service", "age_from", "age_to", "users"],
                               [["tenester i bustad med særleg tilsyn", "0", "1", "3"],
                                ["tenester i bustad med særleg tilsyn", "2", "2", "4"]]),
    "forecast-costs": (["service", "fte_per_user", "cost_per_user"],
                       [["tenester i bustad med særleg tilsyn", "0.5", "400000"]]),
    "forecast-dementia": (["age_from", "age_to", "rate"], [["0", "1", "0"], ["2", "2", "0.1"]]),
    "forecast-housing": (["centre", "step", "type", "places"], [["Lindås og Ostereidet", "4", "omsorgsbustad for særleg tilsyn", "12"]]),
    "competence-csv": (["unit", "year", "category", "percent", "count", "age", "further_education"],
                       [["ALV-HO-TILD", "2025", "sjukepleiar", "100", "1", "45", "vidareutdanning i demensomsorg på særleg vis"]]),
    "volunteers-organisations": (["name", "org_number", "contact_name", "activities"],
                                 [["Lag for øving på særteikn (test)", "999000061", "Åse Ødegård", "strikking|kaffi på kafé"]]),
    "volunteers-volunteers": (["name", "email", "interests", "notes"],
                              [["Åse Ødegård (test)", "ase.odegard.bi@example.org", "turar i skogen|kaffi", "Møter på måndagar"]]),
}
# folders where Latin-1 makes no difference (numbers only): no latin1.csv there
ASCII_ONLY = {"forecast-population", "forecast-dementia"}
XLSX = {"measures-xlsx": "measures-csv", "competence-xlsx": "competence-csv"}


def cell(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',;"\n') else v


def csv_text(header, rows, sep=","):
    return "".join(sep.join(cell(v) for v in r) + "\n" for r in [header] + rows)


def write(folder, name, data):
    os.makedirs(os.path.join(HERE, folder), exist_ok=True)
    with open(os.path.join(HERE, folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def info(name):
    """A zip entry with a fixed date (the files do not change from run to run), deflated."""
    i = zipfile.ZipInfo(name, (2026, 1, 1, 0, 0, 0))
    i.compress_type = zipfile.ZIP_DEFLATED
    return i


def xlsx(rows):
    """A minimal XLSX (one sheet, inline strings, numbers as numbers)."""
    def c(ref, v):
        if v.isdigit():
            return f'<c r="{ref}"><v>{v}</v></c>'
        esc = v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{esc}</t></is></c>'
    sheet = "".join(f'<row r="{r + 1}">' + "".join(c(f"{col(i)}{r + 1}", v) for i, v in enumerate(row) if v != "") + "</row>"
                    for r, row in enumerate(rows))
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook {ns} xmlns:r="{rel}">'
        '<sheets><sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet {ns}><sheetData>{sheet}</sheetData></worksheet>',
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(info(name), text)
    return out.getvalue()


def png():
    """A real 8x8 grey PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\x80" * 8 for _ in range(8))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def zipped(name, data):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(info(name), data)
    return out.getvalue()


def main():
    write("common", "empty.csv", b"")
    write("common", "image.png.csv", png())
    for folder, (header, rows) in CSV.items():
        good = csv_text(header, rows)
        write(folder, "valid.csv", good)
        if folder not in ASCII_ONLY:
            write(folder, "latin1.csv", good.encode("iso-8859-1"))
        write(folder, "utf16-bom.csv", good.encode("utf-16"))  # BOM FF FE, then UTF-16LE
        write(folder, "wrong-delimiter.csv", csv_text(header, rows, "\t"))
        write(folder, "missing-column.csv", csv_text(header[1:], [r[1:] for r in rows]))
        write(folder, "header-only.csv", csv_text(header, []))
        wide = [rows[0] + ["x"] * (WIDE - len(header))] + rows[1:]
        write(folder, "wide-row.csv", csv_text(header, wide))
        # the good rows, then one whose last cell opens a quote that is never closed
        open_row = ",".join(cell(v) for v in rows[0][:-1]) + ',"' + rows[0][-1] + "\n"
        write(folder, "unterminated-quote.csv", good + open_row)
        write(folder, "archive.zip.csv", zipped("valid.csv", good))
    for folder, source in XLSX.items():
        header, rows = CSV[source]
        good = xlsx([header] + rows)
        write(folder, "valid.xlsx", good)
        write(folder, "truncated.xlsx", good[: len(good) // 2])
        write(folder, "missing-column.xlsx", xlsx([header[1:]] + [r[1:] for r in rows]))
        write(folder, "header-only.xlsx", xlsx([header]))
        write(folder, "wide-row.xlsx", xlsx([header, rows[0] + ["x"] * (WIDE - len(header))]))
        write(folder, "csv-renamed.xlsx", csv_text(header, rows))
        write(folder, "image.png.xlsx", png())
    json_files = {
        "plans-json": ('{"format": "planverk-plans", "version": 1, "plans": [{"code": "BI-PLAN-2", "type": "temaplan", '
                       '"title": "Temaplan for øving på særteikn", "unit": "ALV-HO", "description": "Ærleg talt: å, æ og ø"}]}\n'),
        "measures-json": ('{"format": "planverk-measures", "version": 1, "measures": [{"plan": "ALV-KDP-HSO", "number": "BI-2", '
                          '"title": "Tiltak for øving på særteikn", "description": "Ærleg talt: å, æ og ø", "units": ["ALV-HO"], '
                          '"fromYear": 2025, "toYear": 2026}]}\n'),
    }
    for folder, good in json_files.items():
        write(folder, "valid.json", good)
        write(folder, "latin1.json", good.encode("iso-8859-1"))
        write(folder, "utf16-bom.json", good.encode("utf-16"))
        write(folder, "truncated.json", good[: len(good) // 2])
        write(folder, "wrong-shape.json", '{"plans": "none", "measures": "none"}\n')
        # a list entry that is not an object, between two good ones
        entry = good[good.index("[") + 1: good.rindex("]")]
        write(folder, "non-object-entry.json", good.replace(entry, entry + ", 5, " + entry.replace("BI-", "BI-X")))
        write(folder, "missing-field.json", good.replace('"title": "Temaplan for øving på særteikn", ', "")
              .replace('"title": "Tiltak for øving på særteikn", ', ""))


if __name__ == "__main__":
    main()
