import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CacheControl } from '../../graphql/cache-control.js';
import { Node } from '../../graphql/node.js';
import { CATALOG_MAX_AGE } from './catalog.cache.js';
import type { CategoryPart } from './product-rows.js';

@CacheControl({ maxAge: CATALOG_MAX_AGE })
@ObjectType({ implements: Node, description: 'A node of the category tree.' })
export class Category {
  @Field(() => ID, { description: 'Unique id of the category; `node(id)` also finds it.' })
  id!: string;

  @Field(() => String, { description: 'Unique URL key, e.g. "mens-shoes".' })
  slug!: string;

  @Field(() => String, { description: 'Display name, 1 to 100 characters.' })
  name!: string;

  @Field(() => String, {
    description: 'Text for the category page as staff entered it, at most 5000 characters; empty when none.',
  })
  description!: string;

  @Field(() => Int, { description: 'Order among its siblings (ascending).' })
  position!: number;

  parentId!: string | null;
}

export function toCategory(row: CategoryPart): Category {
  return Object.assign(new Category(), {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    position: row.position,
    parentId: row.parentId,
  });
}
