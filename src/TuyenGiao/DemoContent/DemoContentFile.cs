using System.Text.Json;

namespace TuyenGiao.DemoContent;

/// <summary>The shape of demo-content.json: Vietnamese demo content written for this project.</summary>
internal sealed record DemoContentFile(
    DemoSettings Settings, List<DemoCategory> Categories, List<DemoArticle> Articles, List<DemoAlbum> Albums, List<DemoVideo> Videos,
    DemoDocumentLabels DocumentLabels, List<DemoDocument> Documents, DemoFrame Frame, List<DemoReviewArticle> Review,
    List<DemoPoll> Polls, List<DemoSurvey> Surveys, List<string> ContestUnits, List<DemoContest> Contests)
{
    public static DemoContentFile Load()
    {
        using var stream = typeof(DemoContentFile).Assembly
            .GetManifestResourceStream("TuyenGiao.DemoContent.demo-content.json")
            ?? throw new InvalidOperationException("demo-content.json is not embedded in the assembly.");
        return JsonSerializer.Deserialize<DemoContentFile>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("demo-content.json is empty.");
    }
}

internal sealed record DemoSettings(
    string SiteName, string BoardName, string Address, string Phone, string Email, string FooterText, string ResponsiblePerson, string LicenceNumber);

internal sealed record DemoCategory(string Name, string? Description, bool ShowInMenu = true, List<DemoCategory>? Children = null);

/// <summary>Articles are listed newest first; the seeder spreads them back over two years.</summary>
internal sealed record DemoArticle(
    string Category,
    string Title,
    string Sapo,
    string Body,
    string? Author,
    string? Source,
    bool Featured = false,
    string? Cover = null,
    string? Caption = null);

/// <summary>An album of painted photos (see <see cref="DemoPhotos"/>); optionally shown at the end of an article.</summary>
internal sealed record DemoAlbum(
    string Title, string Description, int DaysAgo, string? Category, List<DemoPhoto> Photos, string? ShownInArticle = null);

internal sealed record DemoPhoto(string Scene, string Caption, string? Credit);

/// <summary>A film whose file is embedded in the assembly, with a painted poster.</summary>
internal sealed record DemoVideo(string Title, string Description, int DaysAgo, string Duration, string File, string PosterScene);

/// <summary>The document library's lists, as an admin would first fill them.</summary>
internal sealed record DemoDocumentLabels(List<string> Types, List<string> Issuers, List<string> Fields, List<string> Series);

/// <summary>
/// A document whose file (<c>pdf</c>, <c>docx</c> or <c>xlsx</c>) is written from <see cref="Body"/> by
/// <see cref="DemoDocumentFiles"/>; optionally an issue of a series, and linked to demo articles by their titles.
/// Its dates are days before the first run, or fixed (<see cref="IssuedOn"/>) for an archive's older documents.
/// </summary>
internal sealed record DemoDocument(
    string Number, string Type, string Issuer, string? Field, string Signer, int IssuedDaysAgo, int? EffectiveDaysAgo,
    string Title, string File, string FileName, List<string> Body, string? Status = null, string? SupersededBy = null,
    string? Series = null, string? Issue = null, List<string>? RelatedArticles = null, DateOnly? IssuedOn = null, DateOnly? EffectiveOn = null);

/// <summary>What surrounds the news: introduction pages, leaders, links, banners, special topics.</summary>
internal sealed record DemoFrame(
    List<DemoIntroPage> Pages, List<DemoLeader> Leaders, List<DemoLink> Links, List<DemoBanner> Banners, List<DemoTopic> Topics);

/// <summary>An introduction page, its paragraphs, optionally its English version and its children.</summary>
internal sealed record DemoIntroPage(
    string Title, List<string> Body, int Position, string Placement = nameof(Introduction.IntroPlacement.None), bool ListsLeaders = false,
    string? EnglishTitle = null, List<string>? EnglishBody = null, List<DemoIntroPage>? Children = null);

internal sealed record DemoLeader(string Name, string Position, string? EnglishPosition, string? Phone, string? Email);

internal sealed record DemoLink(string Name, string Url);

/// <summary>A banner painted with its text; it began a week before the first run and ends <see cref="DaysLeft"/> days after.</summary>
internal sealed record DemoBanner(string Text, string Colour, string AltText, string Url, string Slot, int DaysLeft);

/// <summary>A running special topic, with the demo articles ticked into it by their titles.</summary>
internal sealed record DemoTopic(string Name, string Description, string BannerText, int StartedDaysAgo, int DaysLeft, List<string> Articles);

/// <summary>An article the demo contributor sent for review; with a comment, one the demo editor returned.</summary>
internal sealed record DemoReviewArticle(string Category, string Title, string Sapo, string Body, string? Returned);

/// <summary>A poll; <see cref="DaysLeft"/> below zero: it ended that many days ago. <see cref="Votes"/>: how many demo readers chose each option.</summary>
internal sealed record DemoPoll(string Question, List<string> Options, bool AllowsSeveral, int StartedDaysAgo, int DaysLeft, List<int> Votes);

/// <summary>A survey and its demo responses: per response, per question, the values a reader's form would post.</summary>
internal sealed record DemoSurvey(
    string Title, string Description, int StartedDaysAgo, int DaysLeft, List<DemoSurveyQuestion> Questions, List<List<List<string>>> Responses);

internal sealed record DemoSurveyQuestion(string Text, string Kind, List<string> Choices, bool Required);

/// <summary>A contest, its rounds (days from today), its questions, and how many demo people took the rounds already ended.</summary>
internal sealed record DemoContest(
    string Name, string Organiser, List<string> Rules, int QuestionsPerAttempt, int TimeLimitMinutes, int AttemptsPerRound, bool AsksPrediction,
    List<DemoRound> Rounds, int DemoEntrants, List<DemoContestQuestion> Questions);

internal sealed record DemoRound(string Name, int StartedDaysAgo, int Days);

internal sealed record DemoContestQuestion(string Text, List<string> Options, string Answer, string Explanation);
