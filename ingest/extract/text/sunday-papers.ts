/**
 * ("told the Sunday Times", "the Sunday Observer reported"): the head words of a Sunday paper's title after "Sunday".
 * The weekday is then part of the paper's name: no day for the dates, and no calendar word the entity runs drop.
 */
export const SUNDAY_PAPER_HEAD = /^(?:Times|Telegraph|Mail|Express|Observer|Herald|Standard|Independent|Mirror|Post|Tribune|Nation|Leader|Island|World|Star|News|Age|Sun|Journal|Chronicle|Guardian|Monitor|Vision|Mercury)$/;
