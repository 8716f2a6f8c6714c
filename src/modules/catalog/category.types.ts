import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import type { CategoryPart } from './product-rows.js';

@ObjectType({ implements: Node, description: 'A node of the category tree.' })
export class Category {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Unique URL key, e.g. "mens-shoes".' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
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
