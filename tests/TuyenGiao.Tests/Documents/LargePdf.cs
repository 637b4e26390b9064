using System.Globalization;
using System.Text;

namespace TuyenGiao.Tests.Documents;

/// <summary>
/// A PDF of about a given size (a few hundred bytes under it), written by hand: one page of text, and the rest of the bytes in one stream object,
/// as a scan's images make a real document large. Its cross-reference table is exact, so any reader opens it.
/// </summary>
internal static class LargePdf
{
    public static byte[] Of(long size, string pageText)
    {
        var content = $"BT /F1 12 Tf 60 780 Td ({pageText}) Tj ET";
        string[] head =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
        ];
        var text = new StringBuilder("%PDF-1.7\n");
        var offsets = new List<int>();
        for (var i = 0; i < head.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{head[i]}\nendobj\n");
        }
        offsets.Add(text.Length);
        var bulkHeader = Encoding.ASCII.GetBytes(text.Append("6 0 obj\n<< /Length ").ToString());
        // The trailer is under 400 bytes; the bulk takes what the size leaves.
        var bulkLength = size - bulkHeader.Length - 420;
        var bulkStart = Encoding.ASCII.GetBytes($"{bulkLength} >>\nstream\n");
        var bulkEnd = "\nendstream\nendobj\n";
        var xrefAt = bulkHeader.Length + bulkStart.Length + bulkLength + bulkEnd.Length;
        var xref = new StringBuilder(bulkEnd).Append("xref\n0 7\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            xref.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }
        xref.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size 7 /Root 1 0 R >>\nstartxref\n{xrefAt}\n%%EOF\n");
        var tail = Encoding.ASCII.GetBytes(xref.ToString());
        var pdf = new byte[bulkHeader.Length + bulkStart.Length + bulkLength + tail.Length];
        bulkHeader.CopyTo(pdf, 0);
        bulkStart.CopyTo(pdf, bulkHeader.Length);
        tail.CopyTo(pdf, bulkHeader.Length + bulkStart.Length + bulkLength);
        return pdf;
    }
}
