namespace TuyenGiao.DemoContent;

/// <summary>What start-up adds to a new installation (<c>Seeding</c>).</summary>
public sealed class SeedingOptions
{
    public const string Section = "Seeding";

    /// <summary>Fill an empty database with the demo content.</summary>
    public bool DemoContent { get; set; }

    /// <summary>Create the documented demo accounts; honoured in Development only.</summary>
    public bool DemoAccounts { get; set; }
}
