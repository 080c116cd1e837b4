#if NET8_0_OR_GREATER
using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Listings.Runtime;

/// <summary>
/// Writes a <see cref="ClassificationAnswer"/> as <c>listings classify --jsonl</c> does (by
/// <see cref="AnswerJson.Write"/>, with <c>"id": null</c>). <see cref="ClassificationAnswer"/> carries
/// it as its <see cref="JsonConverterAttribute"/>, so any serializer writes the contract; with
/// <see cref="AnswerJson.SerializerOptions"/> the bytes are the same as the command's. Answers are
/// written, not read: reading one back throws <see cref="NotSupportedException"/>.
/// </summary>
public sealed class ClassificationAnswerJsonConverter : JsonConverter<ClassificationAnswer>
{
    /// <inheritdoc/>
    public override ClassificationAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Answers are written, not read: classify the query again.");

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, ClassificationAnswer value, JsonSerializerOptions options) =>
        AnswerJson.Write(writer, null, value);
}

/// <summary>
/// The System.Text.Json source-generated context of the answers: <c>JsonSerializer.Serialize(answer,
/// ListingsJsonContext.Default.ClassificationAnswer)</c>, or the options of
/// <see cref="AnswerJson.SerializerOptions"/> for the command's exact bytes (its relaxed escaping).
/// </summary>
[JsonSerializable(typeof(ClassificationAnswer))]
[JsonSerializable(typeof(IReadOnlyList<ClassificationAnswer>))]
public sealed partial class ListingsJsonContext : JsonSerializerContext
{
}
#endif
