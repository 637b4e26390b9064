namespace TuyenGiao.Tests.Browser;

/// <summary>
/// What Word and Google Docs put on the clipboard as HTML, written for the project after the shape those
/// programs give it: Word's office namespaces, MsoNormal paragraphs with fonts, empty paragraphs of
/// <c>&lt;o:p&gt;</c>, list paragraphs with their drawn bullets, a table, a review comment and a photo saved
/// on the writer's computer; Google Docs' wrapper <c>&lt;b style="font-weight:normal"&gt;</c>, bold and italics
/// as styles on spans, a list of paragraphs and a photo written into the HTML.
/// </summary>
public static class ClipboardFixtures
{
    public const string Word = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15">
        <style><!-- p.MsoNormal {margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;} --></style></head>
        <body lang=VI style='tab-interval:36.0pt'>
        <!--StartFragment-->
        <h2 style='margin-top:12.0pt'><span lang=VI style='font-family:"Times New Roman",serif'>Kết quả học tập nghị quyết</span></h2>
        <p class=MsoNormal style='text-align:justify'><span lang=VI style='font-size:14.0pt;font-family:"Times New Roman",serif'>Sáng ngày 20/10, Ban Tuyên giáo huyện tổ chức <b>hội nghị</b> học tập <i>Nghị quyết Trung ương 8</i>.<o:p></o:p></span></p>
        <p class=MsoNormal><o:p>&nbsp;</o:p></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>120 đảng viên dự<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Thời gian một ngày<o:p></o:p></span></p>
        <p class=MsoNormal><span lang=VI>Xem thêm tại <a href="https://tuyengiao.vn/">trang Ban Tuyên giáo Trung ương</a>.</span><span class=MsoCommentReference><span style='font-size:8.0pt'><a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">[NA1]</a>&nbsp;</span></span></p>
        <p class=MsoNormal><span lang=VI><img width=320 height=200 src="file:///C:/Users/Van/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" alt="Hội nghị"></span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>
         <tr><td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=VI>Chỉ tiêu</span></b></p></td><td width=200 valign=top style='border:solid windowtext 1.0pt'><p class=MsoNormal><b><span lang=VI>Kết quả</span></b></p></td></tr>
         <tr><td width=200 valign=top><p class=MsoNormal><span lang=VI>Đảng viên mới</span></p></td><td width=200 valign=top><p class=MsoNormal><span lang=VI>120</span></p></td></tr>
        </table>
        <div style='mso-element:comment-list'><hr class=msocomoff align=left size=1 width="33%"><div style='mso-element:comment'><div class=msocomtxt id="_com_1"><p class=MsoCommentText><span lang=VI>Ghi chú của người soạn: kiểm tra lại số liệu.</span></p></div></div></div>
        <!--EndFragment-->
        </body></html>
        """;

    /// <summary>Google Docs' clipboard; <c>{PNG}</c> stands for the photo's bytes in base64.</summary>
    public const string GoogleDocs = """
        <meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e0c2a1b-7fff-4a2b-9c3d-1e2f3a4b5c6d"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Hội thi tuyên truyền viên giỏi</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Hội thi có </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">24 thí sinh</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">đến từ các xã</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Vòng sơ khảo</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Vòng chung kết</span></p></li></ul><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"><span style="border:none;display:inline-block;overflow:hidden;width:80px;height:60px;"><img src="data:image/png;base64,{PNG}" width="80" height="60" style="margin-left:0px;margin-top:0px;"></span></span></p></b><br class="Apple-interchange-newline">
        """;
}
