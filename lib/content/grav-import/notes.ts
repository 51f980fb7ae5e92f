// What the importer says about one post: what it changed on the way, and what needs a person.
// The migration report (report.ts) prints both; nothing is changed or dropped without a line here.

export class Notes {
  /** Changes made so that the post reads as it did on the Grav site (renames, dates, aliases). */
  readonly changes: string[] = [];
  /** What the site cannot show as Grav did, and a person should look at. */
  readonly forPerson: string[] = [];

  change(text: string): void {
    if (!this.changes.includes(text)) this.changes.push(text);
  }

  person(text: string): void {
    if (!this.forPerson.includes(text)) this.forPerson.push(text);
  }
}
