import { createTagRoute } from "@/components/tag-pages";

const route = createTagRoute("places");
export const generateStaticParams = route.generateStaticParams;
export const generateMetadata = route.generateMetadata;
export default route.Page;
