using System.Collections.Generic;
using System.IO;
using Listings.Cli.Export;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Listings.Tests.Cli.Export;

/// <summary>Reads <c>listings export --format yaml</c> back with YamlDotNet (a YAML 1.2 reader), one list per document.</summary>
internal static class ExportYaml
{
    private static readonly IDeserializer Reader = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static List<ExportedList> Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        var lists = new List<ExportedList>();
        while (parser.Accept<DocumentStart>(out _))
            lists.Add(Reader.Deserialize<ExportedList>(parser));
        return lists;
    }

    /// <summary>The YAML as YamlDotNet's representation model: every scalar as the string it read.</summary>
    public static IList<YamlDotNet.RepresentationModel.YamlDocument> Documents(string yaml)
    {
        var stream = new YamlDotNet.RepresentationModel.YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents;
    }
}
