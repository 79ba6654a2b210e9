using Marten;

namespace LaborRights.Security.Accounts;

/// <summary>Reads and changes accounts; a change lost to a concurrent one is applied again to the newer account.</summary>
public sealed class StaffAccounts(IDocumentStore store)
{
    private const int MaxAttempts = 20;

    public async Task<StaffAccount?> FindAsync(string userName, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.LoadAsync<StaffAccount>(StaffAccount.IdFor(userName), ct);
    }

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return await session.Query<StaffAccount>().OrderBy(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Stores a new account; false when the user name is taken (in any letter case).</summary>
    public async Task<bool> TryCreateAsync(StaffAccount account, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        session.Insert(account);
        try
        {
            await session.SaveChangesAsync(ct);
            return true;
        }
        catch (JasperFx.DocumentAlreadyExistsException)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> (which answers whether it changed anything) to the stored account and saves it;
    /// null when there is no such account.
    /// </summary>
    public async Task<StaffAccount?> UpdateAsync(string userName, Func<StaffAccount, bool> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var session = store.LightweightSession();
            var account = await session.LoadAsync<StaffAccount>(StaffAccount.IdFor(userName), ct);
            if (account is null) return null;
            if (!change(account)) return account;
            session.Store(account);
            try
            {
                await session.SaveChangesAsync(ct);
                return account;
            }
            catch (Exception e) when (attempt < MaxAttempts && IsConcurrencyFailure(e))
            {
                await Task.Delay(Random.Shared.Next(1, 10 * attempt), ct);
            }
        }
    }

    private static bool IsConcurrencyFailure(Exception e) => e switch
    {
        JasperFx.ConcurrencyException => true,
        AggregateException aggregate => aggregate.InnerExceptions.All(IsConcurrencyFailure),
        _ => false,
    };
}
