namespace LaborRights.Cases;

/// <summary>
/// Linkage between kinds (联动) records a link on a case with the kind's own "linked" event. The rule is the same in
/// every kind: a case is never linked to itself, and a link it already holds (same case, same relation) appends
/// nothing, so a message delivered twice links once.
/// </summary>
public static class CaseLinking
{
    /// <param name="self">The case that holds the link.</param>
    /// <param name="held">The links it holds.</param>
    /// <param name="linked">The kind's event, given the relation's recorded name.</param>
    public static Decision Link(CaseReference self, IReadOnlyList<CaseLink> held, CaseReference other, LinkRelation relation, Func<string, object> linked)
    {
        if (other == self)
            return new Refusal("self-link", "案件不能与自身关联。", "A case cannot be linked to itself.");
        return held.Any(l => l.Other == other && LinkRelations.Parse(l.Relation) == relation)
            ? Decision.Nothing
            : Decision.Emit(linked(LinkRelations.Name(relation)));
    }
}
