// netstandard2.0 lacks this type; the C# compiler needs it for records and init-only setters.
namespace System.Runtime.CompilerServices
{
    internal static class IsExternalInit { }
}
