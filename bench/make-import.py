#!/usr/bin/env python3
"""Writes an import for bench/documents.sh: an .xlsx list of N documents (one row each, the columns of
the import page) and the N small PDFs it names, into a folder. Standard library only: the workbook is
the few XML parts a reader needs, with the text in the cells (inline strings)."""
import sys, zipfile
from pathlib import Path
from xml.sax.saxutils import escape

count, folder = int(sys.argv[1]), Path(sys.argv[2])
folder.mkdir(parents=True, exist_ok=True)
headings = ["Số/ký hiệu", "Loại văn bản", "Cơ quan ban hành", "Lĩnh vực", "Người ký", "Ngày ban hành",
            "Trích yếu", "Tình trạng", "Tệp"]

def pdf(text):
    content = f"BT /F1 12 Tf 60 780 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out, offsets = bytearray(b"%PDF-1.7\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (n, body)
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)

rows = [headings]
for n in range(1, count + 1):
    name = f"Ke hoach {n} nhap tu bang tinh.pdf"
    (folder / name).write_bytes(pdf(f"Ke hoach so {n} ve tuyen truyen ky niem ngay thanh lap tinh va hoc tap nghi quyet"))
    rows.append([f"{n}-KH/NHAP", "Kế hoạch", "Ban Tuyên giáo Tỉnh ủy", "Tuyên giáo", "Lê Thị Hồng",
                 f"{1 + n % 28:02d}/{1 + n % 12:02d}/2023", f"Kế hoạch số {n} về tuyên truyền kỷ niệm ngày thành lập tỉnh",
                 "Còn hiệu lực", name])

def cell(col, row, value):
    ref = f"{chr(65 + col)}{row}"
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'

sheet = "".join(f'<row r="{r}">' + "".join(cell(c, r, v) for c, v in enumerate(values)) + "</row>"
                for r, values in enumerate(rows, 1))
main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
with zipfile.ZipFile(folder / "danh-sach.xlsx", "w", zipfile.ZIP_DEFLATED) as xlsx:
    xlsx.writestr("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>')
    xlsx.writestr("_rels/.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    xlsx.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}">'
        '<sheets><sheet name="Danh sách" sheetId="1" r:id="rId1"/></sheets></workbook>')
    xlsx.writestr("xl/_rels/workbook.xml.rels", f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
    xlsx.writestr("xl/worksheets/sheet1.xml", f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData>{sheet}</sheetData></worksheet>')
