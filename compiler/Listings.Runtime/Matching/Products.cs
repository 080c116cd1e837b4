namespace Listings.Runtime;

/// <summary>
/// Products that incorporate what an authorisation names, where the listing says the authorisation
/// covers them (the hemp arrêté's "des extraits de chanvre, ainsi que des produits qui les intègrent"):
/// "produit(s)" or "product(s)", then "qui intègre(nt)", "qui l’intègre(nt)", "qui les intègre(nt)",
/// "intégrant", "contenant", "renfermant", "à base de", "incorporating" or "containing", then the name,
/// with or without an article: "produit intégrant des extraits de chanvre", "produits à base d’extrait
/// de chanvre".
/// </summary>
internal static class Products
{
    private static readonly string[] Heads = { "produit", "produits", "product", "products" };

    // Followed by a space; longest first where one begins another.
    private static readonly string[] Connectors =
    {
        "qui l'integrent ", "qui l'integre ", "qui les integrent ", "qui les integre ", "qui integrent ", "qui integre ",
        "integrant ", "contenant ", "renfermant ", "a base ", "incorporating ", "containing ",
    };

    private static readonly string[] Articles = { "de la ", "de l'", "de l ", "des ", "du ", "de ", "d'", "d ", "l'", "les ", "la ", "le ", "un ", "une ", "of " };

    /// <summary>Where the product's ingredient starts, or -1.</summary>
    public static int IngredientStart(char[] w, int start, int end)
    {
        var head = Words.End(w, start, end);
        if (head >= end || !Words.Is(w, start, head, Heads))
            return -1;
        var at = head + 1;
        var connected = false;
        foreach (var connector in Connectors)
        {
            if (Words.At(w, at, end, connector))
            {
                at += connector.Length;
                connected = true;
                break;
            }
        }
        if (!connected)
            return -1;
        foreach (var article in Articles)
        {
            if (at + article.Length < end && Words.At(w, at, end, article))
            {
                at += article.Length;
                break;
            }
        }
        return at < end ? at : -1;
    }
}
