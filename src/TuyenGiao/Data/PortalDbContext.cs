using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Accounts;
using TuyenGiao.Albums;
using TuyenGiao.Articles;
using TuyenGiao.Audit;
using TuyenGiao.Captcha;
using TuyenGiao.Categories;
using TuyenGiao.Contests;
using TuyenGiao.Counters;
using TuyenGiao.Feedback;
using TuyenGiao.Media;
using TuyenGiao.Polls;
using TuyenGiao.Settings;
using TuyenGiao.Surveys;
using TuyenGiao.Documents;
using TuyenGiao.Banners;
using TuyenGiao.HomePage;
using TuyenGiao.Introduction;
using TuyenGiao.Links;
using TuyenGiao.Topics;
using TuyenGiao.Videos;

namespace TuyenGiao.Data;

public class PortalDbContext(DbContextOptions<PortalDbContext> options) : IdentityDbContext<PortalUser>(options)
{
    /// <summary>The column that names an article's top-level category; see the model below.</summary>
    public const string TopCategoryId = nameof(TopCategoryId);

    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();
    public DbSet<ArticleDailyViews> ArticleDailyViews => Set<ArticleDailyViews>();
    public DbSet<SiteDailyVisits> SiteDailyVisits => Set<SiteDailyVisits>();
    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<FormerCategorySlug> FormerCategorySlugs => Set<FormerCategorySlug>();
    public DbSet<MediaImage> MediaImages => Set<MediaImage>();
    public DbSet<FeedbackMessage> FeedbackMessages => Set<FeedbackMessage>();
    public DbSet<CaptchaChallenge> CaptchaChallenges => Set<CaptchaChallenge>();
    public DbSet<CaptchaQuestion> CaptchaQuestions => Set<CaptchaQuestion>();
    public DbSet<PortalSecret> PortalSecrets => Set<PortalSecret>();
    public DbSet<Album> Albums => Set<Album>();
    public DbSet<AlbumPhoto> AlbumPhotos => Set<AlbumPhoto>();
    public DbSet<Video> Videos => Set<Video>();
    public DbSet<LegalDocument> LegalDocuments => Set<LegalDocument>();

    /// <summary>The links between documents and the articles about them (a join table with no class of its own).</summary>
    public const string DocumentArticlesTable = "DocumentArticles";
    public DbSet<DocumentFile> DocumentFiles => Set<DocumentFile>();
    public DbSet<DocumentLabel> DocumentLabels => Set<DocumentLabel>();
    public DbSet<IntroPage> IntroPages => Set<IntroPage>();
    public DbSet<IntroPageRevision> IntroPageRevisions => Set<IntroPageRevision>();
    public DbSet<Leader> Leaders => Set<Leader>();
    public DbSet<WebsiteLink> WebsiteLinks => Set<WebsiteLink>();
    public DbSet<Banner> Banners => Set<Banner>();
    public DbSet<BannerDailyClicks> BannerDailyClicks => Set<BannerDailyClicks>();
    public DbSet<SpecialTopic> SpecialTopics => Set<SpecialTopic>();
    public DbSet<TopicArticle> TopicArticles => Set<TopicArticle>();
    public DbSet<HomeBlock> HomeBlocks => Set<HomeBlock>();
    public DbSet<ArticleComment> ArticleComments => Set<ArticleComment>();
    public DbSet<ArticlePendingEdit> ArticlePendingEdits => Set<ArticlePendingEdit>();
    public DbSet<ArticleAutosave> ArticleAutosaves => Set<ArticleAutosave>();
    public DbSet<SignInRecord> SignInRecords => Set<SignInRecord>();
    public DbSet<Poll> Polls => Set<Poll>();
    public DbSet<PollOption> PollOptions => Set<PollOption>();
    public DbSet<PollBallot> PollBallots => Set<PollBallot>();
    public DbSet<Survey> Surveys => Set<Survey>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<Contest> Contests => Set<Contest>();
    public DbSet<ContestRound> ContestRounds => Set<ContestRound>();
    public DbSet<ContestQuestion> ContestQuestions => Set<ContestQuestion>();
    public DbSet<ContestUnit> ContestUnits => Set<ContestUnit>();
    public DbSet<ContestParticipant> ContestParticipants => Set<ContestParticipant>();
    public DbSet<ContestAttempt> ContestAttempts => Set<ContestAttempt>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime in the model is UTC; SQLite hands them back as Unspecified without this.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<PortalUser>().Property(u => u.DisplayName).HasMaxLength(150);

        modelBuilder.Entity<Category>(category =>
        {
            category.Property(c => c.Name).HasMaxLength(150);
            category.Property(c => c.Slug).HasMaxLength(150);
            category.Property(c => c.Description).HasMaxLength(1000);
            category.HasIndex(c => c.Slug).IsUnique();
            category.ToTable(table => table.HasTrigger("Categories_TopCategory"));
            category.HasOne(c => c.Parent).WithMany(c => c.Children)
                .HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<Article>(article =>
        {
            article.Property(a => a.Title).HasMaxLength(300);
            article.Property(a => a.Slug).HasMaxLength(Text.Slug.MaxLength);
            article.Property(a => a.Sapo).HasMaxLength(1000);
            article.Property(a => a.CoverImageUrl).HasMaxLength(500);
            article.Property(a => a.CoverImageCaption).HasMaxLength(500);
            article.Property(a => a.AuthorLine).HasMaxLength(200);
            article.Property(a => a.SourceLine).HasMaxLength(300);
            article.Property(a => a.SearchTitle).HasMaxLength(300);
            article.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
            article.HasOne(a => a.Category).WithMany()
                .HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.Restrict);
            // The public listings: a category's page, the home page's latest and featured blocks.
            article.HasIndex(a => new { a.CategoryId, a.Status, a.PublishedAt });
            // A top-level category's page lists its children's articles too. The top-level category of
            // each article is kept in this column by database triggers (see the TopCategory migrations),
            // so that page reads one index range and its page 2,000 costs about what page 1 does.
            article.Property<int>(TopCategoryId);
            article.HasIndex(TopCategoryId, nameof(Article.Status), nameof(Article.PublishedAt));
            article.ToTable(table => table.HasTrigger("Articles_TopCategory"));
            article.HasIndex(a => new { a.Status, a.PublishedAt });
            article.HasIndex(a => new { a.IsFeatured, a.Status, a.PublishedAt });
            article.Property(a => a.CreatedById).HasMaxLength(450);
            article.Property(a => a.Version).IsConcurrencyToken();
            // The newsroom's list, filtered by author.
            article.HasIndex(a => a.CreatedById);
            article.HasOne<Album>().WithMany().HasForeignKey(a => a.AlbumId).OnDelete(DeleteBehavior.SetNull);
        });

        modelBuilder.Entity<Album>(album =>
        {
            album.Property(a => a.Title).HasMaxLength(Album.TitleMaxLength);
            album.Property(a => a.Slug).HasMaxLength(Text.Slug.MaxLength);
            album.Property(a => a.DescriptionMarkdown).HasMaxLength(Album.DescriptionMaxLength);
            album.HasOne(a => a.Category).WithMany().HasForeignKey(a => a.CategoryId).OnDelete(DeleteBehavior.SetNull);
            album.HasMany(a => a.Photos).WithOne().HasForeignKey(p => p.AlbumId).OnDelete(DeleteBehavior.Cascade);
            // The public list and the home page's block: published, newest event first.
            album.HasIndex(a => new { a.IsPublished, a.EventDate });
        });

        modelBuilder.Entity<AlbumPhoto>(photo =>
        {
            photo.Property(p => p.ImageUrl).HasMaxLength(500);
            photo.Property(p => p.Caption).HasMaxLength(AlbumPhoto.CaptionMaxLength);
            photo.Property(p => p.Credit).HasMaxLength(AlbumPhoto.CreditMaxLength);
            photo.HasIndex(p => new { p.AlbumId, p.Position });
        });

        modelBuilder.Entity<Video>(video =>
        {
            video.Property(v => v.Title).HasMaxLength(Video.TitleMaxLength);
            video.Property(v => v.Slug).HasMaxLength(Text.Slug.MaxLength);
            video.Property(v => v.DescriptionMarkdown).HasMaxLength(Video.DescriptionMaxLength);
            video.Property(v => v.PosterUrl).HasMaxLength(500);
            video.Property(v => v.FileUrl).HasMaxLength(500);
            video.Property(v => v.FileType).HasMaxLength(50);
            video.Property(v => v.YouTubeId).HasMaxLength(20);
            video.Ignore(v => v.HasSource);
            video.HasIndex(v => new { v.IsPublished, v.Date });
        });

        modelBuilder.Entity<LegalDocument>(document =>
        {
            document.Property(d => d.Title).HasMaxLength(LegalDocument.TitleMaxLength);
            document.Property(d => d.Slug).HasMaxLength(Text.Slug.MaxLength);
            document.Property(d => d.DescriptionMarkdown).HasMaxLength(LegalDocument.DescriptionMaxLength);
            document.Property(d => d.Number).HasMaxLength(LegalDocument.NumberMaxLength);
            document.Property(d => d.NumberKey).HasMaxLength(LegalDocument.NumberMaxLength);
            document.Property(d => d.Signer).HasMaxLength(LegalDocument.SignerMaxLength);
            document.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            document.HasOne(d => d.Type).WithMany().HasForeignKey(d => d.TypeId).OnDelete(DeleteBehavior.Restrict);
            document.HasOne(d => d.Issuer).WithMany().HasForeignKey(d => d.IssuerId).OnDelete(DeleteBehavior.Restrict);
            document.HasOne(d => d.Field).WithMany().HasForeignKey(d => d.FieldId).OnDelete(DeleteBehavior.Restrict);
            // SQL Server refuses SET NULL on a self reference (cycles); deleting a document clears the references first.
            document.HasOne(d => d.SupersededBy).WithMany().HasForeignKey(d => d.SupersededById).OnDelete(DeleteBehavior.Restrict);
            document.HasMany(d => d.Files).WithOne().HasForeignKey(f => f.DocumentId).OnDelete(DeleteBehavior.Cascade);
            document.Property(d => d.IssueName).HasMaxLength(LegalDocument.IssueNameMaxLength);
            document.HasOne(d => d.Series).WithMany().HasForeignKey(d => d.SeriesId).OnDelete(DeleteBehavior.Restrict);
            // Deleting either an article or a document drops their link, nothing more.
            document.HasMany(d => d.RelatedArticles).WithMany().UsingEntity(DocumentArticlesTable);
            document.Ignore(d => d.CurrentFiles);
            // The public list: published, newest issued first, read in that order; the filters' columns ride
            // along, so a filtered list and its count are answered from the index without reading a document
            // (whose row holds the text of its files). And the search by number.
            document.HasIndex(d => new { d.IsPublished, d.IssuedOn, d.TypeId, d.IssuerId, d.FieldId, d.Status, d.SeriesId });
            document.HasIndex(d => d.NumberKey);
            // A series' page: its issues, newest first.
            document.HasIndex(d => new { d.SeriesId, d.IsPublished, d.IssuedOn });
        });

        modelBuilder.Entity<DocumentFile>(file =>
        {
            file.Property(f => f.FileName).HasMaxLength(DocumentFile.FileNameMaxLength);
            file.Property(f => f.StoredName).HasMaxLength(200);
            file.Property(f => f.Format).HasConversion<string>().HasMaxLength(10);
        });

        modelBuilder.Entity<DocumentLabel>(label =>
        {
            label.Property(l => l.Name).HasMaxLength(DocumentLabel.NameMaxLength);
            label.Property(l => l.Kind).HasConversion<string>().HasMaxLength(10);
            label.HasIndex(l => new { l.Kind, l.Position });
        });

        modelBuilder.Entity<ArticleRevision>(revision =>
        {
            revision.Property(r => r.SavedById).HasMaxLength(450);
            revision.Property(r => r.SavedByName).HasMaxLength(256);
            revision.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            revision.Property(r => r.Changes).HasMaxLength(500);
            revision.HasIndex(r => new { r.ArticleId, r.Id });
            revision.HasOne<Article>().WithMany().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticleComment>(comment =>
        {
            comment.Property(c => c.WrittenById).HasMaxLength(450);
            comment.Property(c => c.WrittenByName).HasMaxLength(256);
            comment.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            comment.Property(c => c.Text).HasMaxLength(ArticleComment.MaxLength);
            comment.HasIndex(c => new { c.ArticleId, c.Id });
            comment.HasOne<Article>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticlePendingEdit>(pending =>
        {
            pending.HasKey(p => p.ArticleId);
            pending.Property(p => p.SubmittedById).HasMaxLength(450);
            pending.Property(p => p.SubmittedByName).HasMaxLength(256);
            pending.HasOne<Article>().WithOne().HasForeignKey<ArticlePendingEdit>(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ArticleAutosave>(autosave =>
        {
            // No key to the article: a new one's autosave is kept before the article exists.
            autosave.HasKey(a => new { a.UserId, a.ArticleId });
            autosave.Property(a => a.UserId).HasMaxLength(450);
            autosave.Property(a => a.Title).HasMaxLength(ArticleAutosave.TitleMaxLength);
            autosave.Property(a => a.Sapo).HasMaxLength(ArticleAutosave.SapoMaxLength);
            autosave.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SignInRecord>(record =>
        {
            record.Property(r => r.UserId).HasMaxLength(450);
            record.Property(r => r.Address).HasMaxLength(45);
            record.Property(r => r.UserAgent).HasMaxLength(SignInRecord.UserAgentLength);
            record.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(30);
            record.HasIndex(r => new { r.UserId, r.At });
            record.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.Property(e => e.UserId).HasMaxLength(450);
            entry.Property(e => e.UserName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(200);
            entry.Property(e => e.RecordType).HasMaxLength(50);
            entry.Property(e => e.RecordId).HasMaxLength(450);
            entry.Property(e => e.RecordName).HasMaxLength(300);
            entry.HasIndex(e => new { e.RecordType, e.Id });
        });

        modelBuilder.Entity<FormerCategorySlug>(former =>
        {
            former.HasKey(f => f.Slug);
            former.Property(f => f.Slug).HasMaxLength(150);
            former.HasOne<Category>().WithMany().HasForeignKey(f => f.CategoryId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<MediaImage>(image =>
        {
            image.Property(i => i.Url).HasMaxLength(500);
            image.Property(i => i.OriginalFileName).HasMaxLength(260);
            image.Property(i => i.UploadedByName).HasMaxLength(256);
            image.Property(i => i.Caption).HasMaxLength(MediaImage.CaptionMaxLength);
            image.Property(i => i.SearchText).HasMaxLength(MediaImage.CaptionMaxLength + 300);
        });

        modelBuilder.Entity<FeedbackMessage>(message =>
        {
            message.Property(m => m.Name).HasMaxLength(FeedbackMessage.NameMaxLength);
            message.Property(m => m.Email).HasMaxLength(FeedbackMessage.EmailMaxLength);
            message.Property(m => m.Subject).HasMaxLength(FeedbackMessage.SubjectMaxLength);
            message.Property(m => m.Body).HasMaxLength(FeedbackMessage.BodyMaxLength);
            message.Property(m => m.Note).HasMaxLength(FeedbackMessage.NoteMaxLength);
            message.Property(m => m.Reply).HasMaxLength(FeedbackMessage.ReplyMaxLength);
            message.Property(m => m.RepliedByName).HasMaxLength(256);
            message.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            // A message outlives its article's removal: it is the citizen's, not the article's.
            message.HasOne(m => m.Article).WithMany().HasForeignKey(m => m.ArticleId).OnDelete(DeleteBehavior.SetNull);
            // The inbox's tabs and the menu's count of new messages; an article's published answers.
            message.HasIndex(m => new { m.Status, m.ReceivedAt });
            message.HasIndex(m => new { m.ArticleId, m.ReplyPublished });
        });

        modelBuilder.Entity<CaptchaChallenge>(challenge =>
        {
            challenge.Property(c => c.Id).HasMaxLength(CaptchaChallenge.IdLength);
            challenge.Property(c => c.AnswerHashes).HasMaxLength(CaptchaChallenge.AnswerHashesMaxLength);
            challenge.HasIndex(c => c.ExpiresAt);
        });

        modelBuilder.Entity<CaptchaQuestion>(question =>
        {
            question.Property(q => q.Question).HasMaxLength(CaptchaQuestion.QuestionMaxLength);
            question.Property(q => q.Answers).HasMaxLength(CaptchaQuestion.AnswersMaxLength);
            question.HasData(DefaultCaptchaQuestions.All);
        });

        modelBuilder.Entity<PortalSecret>(secret =>
        {
            secret.HasKey(s => s.Name);
            secret.Property(s => s.Name).HasMaxLength(PortalSecret.NameMaxLength);
            secret.Property(s => s.ProtectedValue).HasMaxLength(1000);
        });

        modelBuilder.Entity<ArticleDailyViews>(views =>
        {
            views.HasKey(v => new { v.ArticleId, v.Day });
            views.HasIndex(v => v.Day);
            views.HasOne<Article>().WithMany().HasForeignKey(v => v.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SiteDailyVisits>(visits =>
        {
            visits.HasKey(v => v.Day);
            visits.Property(v => v.Day).ValueGeneratedNever();
        });

        modelBuilder.Entity<SiteSettings>(settings =>
        {
            settings.Property(s => s.SiteName).HasMaxLength(200);
            settings.Property(s => s.BoardName).HasMaxLength(200);
            settings.Property(s => s.Address).HasMaxLength(300);
            settings.Property(s => s.Phone).HasMaxLength(50);
            settings.Property(s => s.Email).HasMaxLength(200);
            settings.Property(s => s.FooterText).HasMaxLength(1000);
            settings.Property(s => s.ResponsiblePerson).HasMaxLength(200);
            settings.Property(s => s.LicenceNumber).HasMaxLength(300);
        });

        ConfigureFrame(modelBuilder);
    }

    /// <summary>What surrounds the news: introduction pages, leaders, links, banners, special topics, the home page's blocks.</summary>
    private static void ConfigureFrame(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IntroPage>(page =>
        {
            page.Property(p => p.Slug).HasMaxLength(Text.Slug.MaxLength);
            page.Property(p => p.EnglishSlug).HasMaxLength(Text.Slug.MaxLength);
            page.Property(p => p.Title).HasMaxLength(IntroPage.TitleMaxLength);
            page.Property(p => p.EnglishTitle).HasMaxLength(IntroPage.TitleMaxLength);
            page.Property(p => p.Placement).HasConversion<string>().HasMaxLength(20);
            page.HasIndex(p => p.Slug).IsUnique();
            page.HasIndex(p => p.EnglishSlug).IsUnique();
            page.HasOne<IntroPage>().WithMany().HasForeignKey(p => p.ParentId).OnDelete(DeleteBehavior.Restrict);
            page.Ignore(p => p.HasEnglish);
        });

        modelBuilder.Entity<IntroPageRevision>(revision =>
        {
            revision.Property(r => r.SavedByName).HasMaxLength(150);
            revision.HasOne<IntroPage>().WithMany().HasForeignKey(r => r.PageId).OnDelete(DeleteBehavior.Cascade);
            revision.HasIndex(r => r.PageId);
        });

        modelBuilder.Entity<Leader>(leader =>
        {
            leader.Property(l => l.Name).HasMaxLength(Leader.NameMaxLength);
            leader.Property(l => l.Position).HasMaxLength(Leader.PositionMaxLength);
            leader.Property(l => l.EnglishPosition).HasMaxLength(Leader.PositionMaxLength);
            leader.Property(l => l.Phone).HasMaxLength(50);
            leader.Property(l => l.Email).HasMaxLength(200);
            leader.Property(l => l.PhotoUrl).HasMaxLength(500);
        });

        modelBuilder.Entity<WebsiteLink>(link =>
        {
            link.Property(l => l.Name).HasMaxLength(WebsiteLink.NameMaxLength);
            link.Property(l => l.Url).HasMaxLength(WebAddress.MaxLength);
            link.Property(l => l.LogoUrl).HasMaxLength(500);
        });

        modelBuilder.Entity<Banner>(banner =>
        {
            banner.Property(b => b.ImageUrl).HasMaxLength(500);
            banner.Property(b => b.AltText).HasMaxLength(Banner.AltTextMaxLength);
            banner.Property(b => b.DestinationUrl).HasMaxLength(WebAddress.MaxLength);
            banner.Property(b => b.Slot).HasConversion<string>().HasMaxLength(20);
        });

        modelBuilder.Entity<BannerDailyClicks>(clicks =>
        {
            clicks.HasKey(c => new { c.BannerId, c.Day });
            clicks.HasOne<Banner>().WithMany().HasForeignKey(c => c.BannerId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SpecialTopic>(topic =>
        {
            topic.Property(t => t.Name).HasMaxLength(SpecialTopic.NameMaxLength);
            topic.Property(t => t.Slug).HasMaxLength(Text.Slug.MaxLength);
            topic.Property(t => t.DescriptionMarkdown).HasMaxLength(SpecialTopic.DescriptionMaxLength);
            topic.Property(t => t.BannerImageUrl).HasMaxLength(500);
            topic.HasIndex(t => t.Slug).IsUnique();
        });

        modelBuilder.Entity<TopicArticle>(link =>
        {
            link.HasKey(t => new { t.TopicId, t.ArticleId });
            // An article's topics, for its editor and its page.
            link.HasIndex(t => t.ArticleId);
            link.HasOne<SpecialTopic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Cascade);
            link.HasOne<Article>().WithMany().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<HomeBlock>(block =>
        {
            block.Property(b => b.Kind).HasConversion<string>().HasMaxLength(30);
            // A deleted category or topic takes its home block with it.
            block.HasOne<Category>().WithMany().HasForeignKey(b => b.CategoryId).OnDelete(DeleteBehavior.Cascade);
            block.HasOne<SpecialTopic>().WithMany().HasForeignKey(b => b.TopicId).OnDelete(DeleteBehavior.Cascade);
            block.HasData(HomeLayout.Defaults());
        });

        modelBuilder.Entity<Poll>(poll =>
        {
            poll.Property(p => p.Question).HasMaxLength(Poll.QuestionMaxLength);
            poll.HasMany(p => p.Options).WithOne().HasForeignKey(o => o.PollId).OnDelete(DeleteBehavior.Cascade);
            // The frame's "not yet closed" list, and the schedule's look for polls opening or closing.
            poll.HasIndex(p => new { p.IsPublished, p.ClosesAt });
        });

        modelBuilder.Entity<PollOption>(option => option.Property(o => o.Text).HasMaxLength(PollOption.TextMaxLength));

        modelBuilder.Entity<PollBallot>(ballot =>
        {
            ballot.Property(b => b.ReaderKey).HasMaxLength(ReaderKeys.Length);
            // One vote per reader per poll, whichever instance takes it.
            ballot.HasIndex(b => new { b.PollId, b.ReaderKey }).IsUnique();
            ballot.HasOne<Poll>().WithMany().HasForeignKey(b => b.PollId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<Survey>(survey =>
        {
            survey.Property(s => s.Title).HasMaxLength(Survey.TitleMaxLength);
            survey.Property(s => s.Slug).HasMaxLength(Text.Slug.MaxLength);
            survey.Property(s => s.Description).HasMaxLength(Survey.DescriptionMaxLength);
            survey.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SurveyQuestion>(question =>
        {
            question.Property(q => q.Text).HasMaxLength(SurveyQuestion.TextMaxLength);
            question.Property(q => q.Kind).HasConversion<string>().HasMaxLength(20);
            question.Property(q => q.Choices).HasMaxLength(SurveyQuestion.MaxChoices * (SurveyQuestion.ChoiceMaxLength + 1));
        });

        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.Property(r => r.ReaderKey).HasMaxLength(ReaderKeys.Length);
            // One response per reader per survey.
            response.HasIndex(r => new { r.SurveyId, r.ReaderKey }).IsUnique();
            response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
            response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SurveyAnswer>(answer =>
        {
            answer.Property(a => a.Text).HasMaxLength(TuyenGiao.Surveys.SurveyResponses.TextMaxLength);
            // The summary counts by question and value. Answers go with their response (one cascade path, as SQL
            // Server requires); a survey's delete removes them first (SurveyEditing.DeleteAsync).
            answer.HasIndex(a => new { a.QuestionId, a.Value });
            answer.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.NoAction);
        });

        modelBuilder.Entity<Contest>(contest =>
        {
            contest.Property(c => c.Name).HasMaxLength(Contest.NameMaxLength);
            contest.Property(c => c.Slug).HasMaxLength(Text.Slug.MaxLength);
            contest.Property(c => c.Organiser).HasMaxLength(Contest.OrganiserMaxLength);
            contest.HasIndex(c => c.Slug).IsUnique();
            contest.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.ContestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContestRound>(round => round.Property(r => r.Name).HasMaxLength(ContestRound.NameMaxLength));

        modelBuilder.Entity<ContestQuestion>(question =>
        {
            question.Property(q => q.Text).HasMaxLength(ContestQuestion.TextMaxLength);
            question.Property(q => q.OptionA).HasMaxLength(ContestQuestion.OptionMaxLength);
            question.Property(q => q.OptionB).HasMaxLength(ContestQuestion.OptionMaxLength);
            question.Property(q => q.OptionC).HasMaxLength(ContestQuestion.OptionMaxLength);
            question.Property(q => q.OptionD).HasMaxLength(ContestQuestion.OptionMaxLength);
            question.Property(q => q.Explanation).HasMaxLength(ContestQuestion.ExplanationMaxLength);
            question.HasOne<Contest>().WithMany().HasForeignKey(q => q.ContestId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ContestUnit>(unit => unit.Property(u => u.Name).HasMaxLength(ContestUnit.NameMaxLength));

        modelBuilder.Entity<ContestParticipant>(participant =>
        {
            participant.Property(p => p.FullName).HasMaxLength(ContestParticipant.NameMaxLength);
            participant.Property(p => p.PhoneKey).HasMaxLength(ReaderKeys.Length);
            participant.Property(p => p.PhoneMasked).HasMaxLength(20);
            participant.Property(p => p.IdNumberKey).HasMaxLength(ReaderKeys.Length);
            // One registration per phone number per contest.
            participant.HasIndex(p => new { p.ContestId, p.PhoneKey }).IsUnique();
            participant.HasIndex(p => p.UnitId);
            participant.HasOne<Contest>().WithMany().HasForeignKey(p => p.ContestId).OnDelete(DeleteBehavior.Cascade);
            participant.HasOne<ContestUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        });

        modelBuilder.Entity<ContestAttempt>(attempt =>
        {
            attempt.Property(a => a.Token).HasMaxLength(ContestAttempt.TokenLength);
            attempt.Property(a => a.QuestionIds).HasMaxLength(Contest.MaxQuestionsPerAttempt * 11);
            attempt.Property(a => a.OptionOrders).HasMaxLength(Contest.MaxQuestionsPerAttempt * 5);
            attempt.Property(a => a.Answers).HasMaxLength(Contest.MaxQuestionsPerAttempt);
            attempt.HasIndex(a => a.Token).IsUnique();
            // One open attempt per person, on any instance: null once submitted or ended.
            attempt.HasIndex(a => a.OpenFor).IsUnique();
            // A person's attempts in a round (the limit); the round's ranking reads them by participant.
            attempt.HasIndex(a => new { a.RoundId, a.ParticipantId, a.Score });
            // The prediction's answer: how many took the round with every answer right.
            attempt.HasIndex(a => new { a.RoundId, a.IsPerfect, a.ParticipantId });
            attempt.HasOne<ContestRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Cascade);
            // Attempts go with their round (one cascade path, as SQL Server requires); a participant is never removed while they have one.
            attempt.HasOne<ContestParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.NoAction);
        });
    }
}
