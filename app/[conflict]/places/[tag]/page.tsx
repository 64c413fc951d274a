import { createTagRoute } from "@/app/[conflict]/_tags/tag-route";

const route = createTagRoute("places", false);
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
