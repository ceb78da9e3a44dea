/** Collects entities and links once each, however many provisions mention them. */
import { Entity, EntityKind, EntityLink } from '../model';

export class EntityStore {
  private readonly entities = new Map<string, Entity>();
  private readonly links = new Map<string, EntityLink>();

  /** Adds an entity, or fills in props an earlier mention lacked (first value wins). */
  add(id: string, kind: EntityKind, name: string, props: Entity['props'] = {}): string {
    const existing = this.entities.get(id);
    if (!existing) {
      this.entities.set(id, { id, kind, name, props: { ...props } });
      return id;
    }
    for (const [k, v] of Object.entries(props)) if (existing.props[k] === undefined) existing.props[k] = v;
    return id;
  }

  get(id: string): Entity | undefined {
    return this.entities.get(id);
  }

  link(from: string, to: string, type: EntityLink['type']): void {
    this.links.set(`${from}|${type}|${to}`, { from, to, type });
  }

  /** Sorted by id so that the same document always yields the same, comparable model. */
  allEntities(): Entity[] {
    return [...this.entities.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  allLinks(): EntityLink[] {
    return [...this.links.values()].sort((a, b) => `${a.from}|${a.to}`.localeCompare(`${b.from}|${b.to}`));
  }
}
