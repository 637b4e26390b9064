using QRCoder;

namespace TuyenGiao.QrCodes;

/// <summary>
/// QR codes of a page's address, for print: SVG (sharp at any size) and PNG (large enough for a printed
/// page). Error correction at level Q, so a code still reads when a quarter of it is smudged or folded.
/// </summary>
public static class QrCodeImages
{
    /// <summary>Modules of the PNG: about 800 pixels across for a short address, 7 cm at 300 dpi.</summary>
    private const int PngPixelsPerModule = 20;

    private const int SvgPixelsPerModule = 10;

    public static string Svg(string address)
    {
        using var data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.Q);
        return new SvgQRCode(data).GetGraphic(SvgPixelsPerModule);
    }

    public static byte[] Png(string address)
    {
        using var data = QRCodeGenerator.GenerateQrCode(address, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(PngPixelsPerModule);
    }
}
