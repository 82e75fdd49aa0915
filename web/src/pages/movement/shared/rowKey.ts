let counter = 0;

/** A key for a repeated row of a form (an opinion, a party…), stable while the person types. */
export const newRowKey = () => `r${++counter}`;
