namespace LaborRights.Cases;

/// <summary>Folds events with the case's own <see cref="IFoldedCase{TSelf}.Evolve"/>, counting versions as the store does.</summary>
public static class CaseFold
{
    public static TCase Apply<TCase>(TCase? state, object e) where TCase : class, IFoldedCase<TCase>, new() =>
        (state ?? new TCase()).Evolve(e).AtVersion((state?.Version ?? 0) + 1);

    public static TCase? Fold<TCase>(IEnumerable<object> events, TCase? state = null) where TCase : class, IFoldedCase<TCase>, new() =>
        events.Aggregate(state, Apply);
}
