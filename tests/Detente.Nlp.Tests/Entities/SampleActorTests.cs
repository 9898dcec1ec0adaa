using Detente.Core.Model;

namespace Detente.Nlp.Tests.Entities;

/// <summary>Every person, state and organisation mention of the three shipped examples resolves to the right actor.</summary>
public sealed class SampleActorTests
{
    private static void AssertResolved(Document doc, (string Text, string Id, string Code)[] expected)
    {
        foreach (var (text, id, code) in expected)
        {
            var found = doc.Mentions.Where(m => m.Text == text).ToList();
            Assert.True(found.Count > 0, $"no mention '{text}'");
            foreach (var m in found)
            {
                Assert.True(m.Actor?.Id == id && m.Actor.Code == code, $"'{text}' at {m.Range.Start} resolved to {m.Actor?.Id}/{m.Actor?.Code} ({m.Rule}), expected {id}/{code}");
            }
        }

        foreach (var m in doc.Mentions.Where(m => m.Type is MentionType.Person or MentionType.State or MentionType.Organization or MentionType.Pronoun))
        {
            Assert.True(m.Actor is not null && !m.Actor.Id.StartsWith("unknown:", StringComparison.Ordinal), $"'{m.Text}' at {m.Range.Start} is unresolved ({m.Rule})");
        }
    }

    private const string Trump = "person:donald-trump";
    private const string Lavrov = "person:sergey-lavrov";
    private const string Putin = "person:vladimir-putin";
    private const string Tillerson = "person:rex-tillerson";

    [Fact]
    public void Example_000_from_late_2023()
    {
        var doc = ActorFixture.Example("000", "2023-12-28");
        AssertResolved(doc,
        [
            ("previous US president", Trump, "USAELI"),
            ("Russia\u2019s top diplomat", Lavrov, "RUSGOV"),
            ("Donald Trump", Trump, "USAELI"),
            ("Trump", Trump, "USAELI"),
            ("former US president", Trump, "USAELI"),
            ("Russian Foreign Minister Sergey Lavrov", Lavrov, "RUSGOV"),
            ("Lavrov", Lavrov, "RUSGOV"),
            ("cabinet minister", Lavrov, "RUSGOV"),
            ("Russian minister", Lavrov, "RUSGOV"),
            ("Moscow\u2019s top diplomat", Lavrov, "RUSGOV"),
            ("Vladimir Putin", Putin, "RUSGOV"),
            ("Putin", Putin, "RUSGOV"),
            ("Russian president", Putin, "RUSGOV"),
            ("former US President George W. Bush", "person:george-w-bush", "USAELI"),
            ("Ukrainian President Vladimir Zelensky", "person:volodymyr-zelensky", "UKRGOV"),
            ("Kremlin spokesman Dmitry Peskov", "person:dmitry-peskov", "RUSGOV"),
            ("Moscow", "RUS", "RUSGOV"),
            ("Washington", "USA", "USAGOV"),
            ("Kiev", "UKR", "UKRGOV"),
            ("US", "USA", "USA"),
            ("America", "USA", "USA"),
            ("American", "USA", "USA"),
            ("Russia", "RUS", "RUS"),
            ("USSR", "SUN", "USR"),
            ("Israel", "ISR", "ISR"),
            ("Hamas", "org:hamas", "PSEREBHMS"),
            ("GOP", "org:gop", "USAPTYGOP"),
            ("CBS", "med:cbs", "USAMED"),
            ("US leaders", "USA", "USAGOV"),
        ]);
        var his = doc.Mentions.First(m => m.Text == "his");
        Assert.Equal("former US president", doc.Mentions[his.Antecedent!.Value].Text);
    }

    [Fact]
    public void Example_002_from_July_2023()
    {
        var doc = ActorFixture.Example("002", "2023-07-20");
        AssertResolved(doc,
        [
            ("Russian foreign minister", Lavrov, "RUSGOV"),
            ("Russian Foreign Minister Sergei Lavrov", Lavrov, "RUSGOV"),
            ("Russian President Vladimir Putin", Putin, "RUSGOV"),
            ("US Secretary of State Antony] Blinken", "person:antony-blinken", "USAGOV"),
            ("Secretary of State Antony Blinken", "person:antony-blinken", "USAGOV"),
            ("National Security Advisor Jake Sullivan", "person:jake-sullivan", "USAGOV"),
            ("Lavrov", Lavrov, "RUSGOV"),
            ("diplomat", Lavrov, "RUSGOV"),
            ("White House", "USA", "USAGOV"),
            ("Kremlin", "RUS", "RUSGOV"),
            ("Washington", "USA", "USAGOV"),
            ("Moscow", "RUS", "RUSGOV"),
            ("TASS", "med:tass", "RUSMED"),
            ("G20", "igo:g20", "IGO"),
            ("Wagner", "org:wagner", "RUSMILWAG"),
            ("Ukrainian army", "UKR", "UKRMIL"),
            ("American officials", "USA", "USAGOV"),
            ("United States", "USA", "USA"),
            ("Ukraine", "UKR", "UKR"),
            ("Afghanistan", "AFG", "AFG"),
            ("Iraq", "IRQ", "IRQ"),
        ]);
        var his = Assert.Single(doc.Mentions, m => m.Text == "his");
        Assert.Equal("person:antony-blinken", his.Actor?.Id);
        Assert.All(doc.Mentions.Where(m => m.Text is "he" or "He"), m => Assert.Equal(Lavrov, m.Actor?.Id));
    }

    [Fact]
    public void Example_003_from_12_April_2017()
    {
        var doc = ActorFixture.Example("003", "2017-04-12");
        AssertResolved(doc,
        [
            ("Donald Trump", Trump, "USAGOV"),
            ("Trump", Trump, "USAGOV"),
            ("US president", Trump, "USAGOV"),
            ("president", Trump, "USAGOV"),
            ("Rex Tillerson", Tillerson, "USAGOV"),
            ("Tillerson", Tillerson, "USAGOV"),
            ("America\u2019s top diplomat", Tillerson, "USAGOV"),
            ("Vladimir Putin", Putin, "RUSGOV"),
            ("Putin", Putin, "RUSGOV"),
            ("Sergei Lavrov", Lavrov, "RUSGOV"),
            ("Lavrov", Lavrov, "RUSGOV"),
            ("Xi Jinping", "person:xi-jinping", "CHNGOV"),
            ("Xi", "person:xi-jinping", "CHNGOV"),
            ("Jens Stoltenberg", "person:jens-stoltenberg", "IGOWSTNAT"),
            ("Bashar al-Assad", "person:bashar-al-assad", "SYRGOV"),
            ("Assad", "person:bashar-al-assad", "SYRGOV"),
            ("Syrian president", "person:bashar-al-assad", "SYRGOV"),
            ("Nato", "igo:nato", "IGOWSTNAT"),
            ("alliance", "igo:nato", "IGOWSTNAT"),
            ("UN security council", "igo:unsc", "IGOUNO"),
            ("UN", "igo:un", "IGOUNO"),
            ("White House", "USA", "USAGOV"),
            ("Kremlin", "RUS", "RUSGOV"),
            ("Beijing", "CHN", "CHNGOV"),
            ("Montenegro", "MNE", "MNE"),
            ("Syria", "SYR", "SYR"),
            ("Syrian regime", "SYR", "SYRGOV"),
            ("Syrian regime forces", "SYR", "SYRMIL"),
            ("Assad regime", "SYR", "SYRGOV"),
            ("Trump administration", "USA", "USAGOV"),
            ("Chinese", "CHN", "CHN"),
            ("UK", "GBR", "GBR"),
            ("France", "FRA", "FRA"),
            ("Wall Street Journal", "med:wsj", "USAMED"),
        ]);
        var him = Assert.Single(doc.Mentions, m => m.Text == "him");
        Assert.Equal(Tillerson, him.Actor?.Id);
        Assert.Equal(MentionType.Location, doc.Mentions.First(m => m.Text == "Moscow").Type);
    }
}
